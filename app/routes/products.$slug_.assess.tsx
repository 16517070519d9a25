/**
 * /products/:slug/assess: start your agency's assessment of a product against the framework in
 * force. Someone who already has one under way (draft, waiting or not published) carries on with
 * it on its own edit page, so nobody ends up with two half-finished assessments of one product.
 */
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useRouteError } from "@remix-run/react";
import { PageContent } from "@ag.ds-next/react/content";
import { H1 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { verifyCsrf } from "~/accounts/csrf.server";
import { checkRateLimit } from "~/accounts/rate-limit.server";
import { requireUser } from "~/accounts/session.server";
import { AssessmentForm } from "~/assessments/assessment-form";
import {
  assessmentDetail,
  createAssessment,
  ownOpenAssessment,
  productForAssessment,
  updateAssessment,
} from "~/assessments/assessment.server";
import { parseAssessmentForm } from "~/assessments/form.server";
import { currentFramework, frameworkVersionById } from "~/assessments/framework.server";
import { canAssess } from "~/assessments/permissions";
import { ASSESSMENT_LIMITS } from "~/assessments/vocabulary";
import { invalid } from "~/platform/forms.server";
import { readReply } from "~/platform/form-reply";
import { readForm } from "~/platform/read-form.server";
import { Breadcrumbs } from "~/ui/breadcrumbs";
import { ErrorPage, errorTitle } from "~/ui/error-page";
import { ErrorSummary } from "~/ui/error-summary";

export const meta: MetaFunction<typeof loader> = ({ data, error }) => [
  { title: error ? errorTitle(error) : data ? `Assess ${data.product.name} | Cloud Exchange` : "Assess a product | Cloud Exchange" },
];

async function authorise(request: Request, slug: string | undefined) {
  const user = await requireUser(request);
  const product = productForAssessment({ slug: slug ?? "" });
  if (!product) throw json("We could not find that product.", { status: 404 });
  const allowed = canAssess(user, product);
  if (!allowed.ok) throw json(allowed.reason, { status: 403 });
  return { user: { ...user, agencyId: user.agencyId! }, product };
}

const NO_FRAMEWORK = "The common assessment framework has not been published yet, so products cannot be assessed.";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, product } = await authorise(request, params.slug);
  const open = ownOpenAssessment({ productId: product.id, userId: user.id });
  if (open) return redirect(`/assessments/${open.id}/edit`);
  const framework = currentFramework();
  if (!framework) throw json(NO_FRAMEWORK, { status: 503 });
  return json({
    product: { slug: product.slug, name: product.name },
    agencyName: user.agencyName,
    framework: { version: framework.version, document: framework.document },
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const formData = await readForm(request);
  await verifyCsrf(request, formData);
  const { user, product } = await authorise(request, params.slug);
  // A tab left open while the assessment was started elsewhere saves into that one, by its own version.
  const open = ownOpenAssessment({ productId: product.id, userId: user.id });
  const openVersionId = open ? assessmentDetail(open.id)?.frameworkVersionId : undefined;
  const framework = openVersionId ? frameworkVersionById(openVersionId) : currentFramework();
  if (!framework) throw json(NO_FRAMEWORK, { status: 503 });

  const form = parseAssessmentForm(formData, framework.document);
  if (!form.ok) return invalid(form.reply);
  const limit = checkRateLimit({ ...ASSESSMENT_LIMITS.write, key: String(user.id) });
  if (!limit.ok) {
    const minutes = Math.ceil(limit.retryAfterSeconds / 60);
    return invalid(form.refuse({ "": `You have saved assessments many times this hour. Please try again in ${minutes} minutes.` }), 429);
  }
  const { submit, ...input } = form.value;
  let id: number;
  if (open) {
    if (!updateAssessment({ assessmentId: open.id, authorId: user.id, input, submit })) {
      return invalid(form.refuse({ "": "That assessment was published meanwhile and can no longer be changed." }), 409);
    }
    id = open.id;
  } else {
    id = createAssessment({ productId: product.id, author: user, frameworkVersionId: framework.id, input, submit });
  }
  return redirect(`/assessments/${id}?saved=${submit ? "submitted" : "draft"}`);
}

export default function AssessProduct() {
  const { product, agencyName, framework } = useLoaderData<typeof loader>();
  const reply = readReply(useActionData<typeof action>());
  return (
    <PageContent>
      <Stack gap={2}>
        <Breadcrumbs
          links={[
            { href: "/products", label: "Products" },
            { href: `/products/${product.slug}`, label: product.name },
            { label: "Assess" },
          ]}
        />
        <H1>Assess {product.name}</H1>
        <ErrorSummary errors={reply.errors} />
        <Text as="p">
          You are assessing for {agencyName ?? "your agency"} against{" "}
          <TextLink href="/framework">version {framework.version} of the common assessment framework</TextLink>. Save a draft at any time;
          when you submit, an administrator reads it before other agencies can. Published assessments are shown with your name and agency to
          government users; the public sees only the scores counted together.
        </Text>
        <AssessmentForm document={framework.document} stored={{}} reply={reply} />
      </Stack>
    </PageContent>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
