/**
 * /provider/products/:slug/badges: add a badge or renew one with new dates and evidence. The result
 * is a proposal; the listing changes only when an editor approves it.
 */
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useRouteError } from "@remix-run/react";
import { Button } from "@ag.ds-next/react/button";
import { PageContent } from "@ag.ds-next/react/content";
import { FormStack } from "@ag.ds-next/react/form-stack";
import { H1, H2 } from "@ag.ds-next/react/heading";
import { Select } from "@ag.ds-next/react/select";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { Textarea } from "@ag.ds-next/react/textarea";
import { TextInput } from "@ag.ds-next/react/text-input";
import { verifyCsrf } from "~/accounts/csrf.server";
import { BADGE_KINDS, BADGE_KIND_LABELS, EVIDENCE_LABELS } from "~/assurance/vocabulary";
import { requireProviderRep } from "~/accounts/session.server";
import { ownedProduct, productBadgeFacts, proposeBadgeChange } from "~/listings/listing-change.server";
import { PROPOSABLE_EVIDENCE_LEVELS } from "~/listings/fields";
import { badgeProposalSchema } from "~/listings/fields.server";
import { CsrfInput } from "~/ui/csrf-input";
import { ErrorPage } from "~/ui/error-page";
import { ErrorSummary } from "~/ui/error-summary";
import { readForm } from "~/platform/read-form.server";
import { clientIp } from "~/platform/client-ip.server";
import { invalid, parseForm } from "~/platform/forms.server";
import { readReply, type ReplyReader } from "~/platform/form-reply";

export const meta: MetaFunction = () => [{ title: "Add or renew badges | Cloud Exchange" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireProviderRep(request);
  const product = ownedProduct({ providerId: user.providerId, slug: params.slug ?? "" });
  if (!product) throw json("We could not find that product among your listings.", { status: 404 });
  return json({ product: { slug: product.slug, name: product.name }, badges: productBadgeFacts({ productId: product.id }) });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const formData = await readForm(request);
  await verifyCsrf(request, formData);
  const user = await requireProviderRep(request);
  const product = ownedProduct({ providerId: user.providerId, slug: params.slug ?? "" });
  if (!product) throw json("We could not find that product among your listings.", { status: 404 });
  const given = formData.get("badgeId");
  const badgeId = given ? Number(given) : null;
  if (badgeId !== null && !Number.isSafeInteger(badgeId)) throw json("That badge does not exist.", { status: 400 });
  const form = parseForm(formData, badgeProposalSchema);
  if (!form.ok) return invalid(form.reply);
  const changeId = proposeBadgeChange({
    providerId: user.providerId,
    productId: product.id,
    badgeId,
    userId: user.id,
    ip: clientIp(request),
    after: form.value,
  });
  if (changeId === null) throw json("We could not find that badge on this product.", { status: 404 });
  return redirect("/provider?proposed=1");
}

type BadgeValues = Partial<Record<string, string | null>>;

function BadgeForm({
  prefix,
  values,
  reply,
  badgeId,
  submitLabel,
}: {
  prefix: string;
  values: BadgeValues;
  /** The answer to this form's last submission, or null when another form was sent. */
  reply: ReplyReader | null;
  badgeId: number | null;
  submitLabel: string;
}) {
  const field = (name: string) => ({
    id: `${prefix}-${name}`,
    name,
    invalid: reply?.invalid(name) ?? false,
    message: reply?.error(name),
    ...{ defaultValue: (reply ? reply.value(name) : values[name]) ?? "" },
  });
  return (
    <Form method="post" noValidate>
      <CsrfInput />
      {badgeId !== null ? <input type="hidden" name="badgeId" value={badgeId} /> : null}
      <FormStack>
        {badgeId === null ? (
          <Select label="Badge" required options={BADGE_KINDS.map((k) => ({ value: k, label: BADGE_KIND_LABELS[k] }))} {...field("kind")} />
        ) : (
          <input type="hidden" name="kind" value={values.kind ?? ""} />
        )}
        <TextInput
          label="Level"
          hint="For example PROTECTED, strategic, ML2 or level2_attestation; leave as is for ISO 27001 and SOC 2"
          maxWidth="lg"
          required={false}
          {...field("level")}
        />
        <TextInput label="Assessed or issued on" hint="A date like 2026-03-31" maxWidth="md" required={false} {...field("assessedOn")} />
        <TextInput
          label="Expires on"
          hint="Only where the certificate states an expiry"
          maxWidth="md"
          required={false}
          {...field("expiresOn")}
        />
        <TextInput label="Report period end" hint="SOC 2 only" maxWidth="md" required={false} {...field("periodEnd")} />
        <TextInput label="Assessor" maxWidth="xl" required {...field("assessorName")} />
        <Textarea label="Scope" maxWidth="xl" rows={3} required {...field("scope")} />
        <Select
          label="Evidence level"
          required
          options={PROPOSABLE_EVIDENCE_LEVELS.map((l) => ({ value: l, label: EVIDENCE_LABELS[l] }))}
          {...field("evidenceLevel")}
        />
        <TextInput
          label="Evidence"
          hint="A document reference, or a link starting with https://"
          maxWidth="xl"
          required
          {...field("evidenceRef")}
        />
        <div>
          <Button type="submit">{submitLabel}</Button>
        </div>
      </FormStack>
    </Form>
  );
}

export default function ProviderBadges() {
  const { product, badges } = useLoaderData<typeof loader>();
  const reply = readReply(useActionData<typeof action>());
  // Each badge has its own form; the answer belongs to the one whose badgeId was sent.
  const target = reply.submitted ? (reply.value("badgeId") ?? "new") : null;
  const replyFor = (form: string) => (target === form ? reply : null);
  const prefix = target === "new" ? "new" : `b${target}`;
  return (
    <PageContent>
      <Stack gap={2}>
        <H1>Badges for {product.name}</H1>
        <Text as="p">Changes wait for approval by Cloud Exchange. Only Cloud Exchange can mark a badge verified.</Text>
        {/* The summary links to the fields of the form that failed, whose ids carry its prefix. */}
        <ErrorSummary errors={reply.errors.map((e) => (e.name === "" ? e : { ...e, name: `${prefix}-${e.name}` }))} />
        {badges.map((b) => (
          <section key={b.id} aria-labelledby={`badge-${b.id}`}>
            <Stack gap={1}>
              <H2 id={`badge-${b.id}`}>
                Renew {BADGE_KIND_LABELS[b.kind as keyof typeof BADGE_KIND_LABELS] ?? b.kind} ({b.level})
              </H2>
              <BadgeForm
                prefix={`b${b.id}`}
                badgeId={b.id}
                values={{
                  kind: b.kind,
                  level: b.level,
                  assessedOn: b.assessedOn,
                  expiresOn: b.expiresOn,
                  periodEnd: b.periodEnd,
                  assessorName: b.assessorName,
                  scope: b.scope,
                  evidenceRef: b.evidenceRef,
                  evidenceLevel: b.evidenceLevel === "verified" ? "third_party" : b.evidenceLevel,
                }}
                reply={replyFor(String(b.id))}
                submitLabel={`Propose renewal of ${BADGE_KIND_LABELS[b.kind as keyof typeof BADGE_KIND_LABELS] ?? b.kind}`}
              />
            </Stack>
          </section>
        ))}
        <section aria-labelledby="new-badge">
          <Stack gap={1}>
            <H2 id="new-badge">Add a badge</H2>
            <BadgeForm
              prefix="new"
              badgeId={null}
              values={{ evidenceLevel: "document" }}
              reply={replyFor("new")}
              submitLabel="Propose new badge"
            />
          </Stack>
        </section>
      </Stack>
    </PageContent>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
