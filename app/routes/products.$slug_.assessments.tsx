/**
 * /products/:slug/assessments: what agencies' published assessments say about a product. Everyone
 * sees the aggregates, judged against their requirements profile; signed-in government users also
 * see which agencies assessed it and for what use. The public never gets agency names, authors or
 * justifications: the loader does not send them.
 */
import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData, useRouteError } from "@remix-run/react";
import { ButtonLink } from "@ag.ds-next/react/button";
import { PageContent } from "@ag.ds-next/react/content";
import { H1, H2 } from "@ag.ds-next/react/heading";
import { PageAlert } from "@ag.ds-next/react/page-alert";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { getVisitor } from "~/accounts/session.server";
import { isStale, judgeAgainstProfile } from "~/assessments/aggregate";
import { publishedAssessmentList, productForAssessment } from "~/assessments/assessment.server";
import { currentFramework } from "~/assessments/framework.server";
import { canAssess, isGovernment } from "~/assessments/permissions";
import { productAggregates } from "~/assessments/product-assessments.server";
import { profileFor } from "~/assessments/profile.server";
import { PublishedAssessmentTable } from "~/assessments/published-assessment-table";
import { QualityAggregateTable, toQualityRows } from "~/assessments/quality-aggregate-table";
import { formatDate, todayIso } from "~/platform/dates";
import { loadPurchase } from "~/procurement/purchase.server";
import { Breadcrumbs } from "~/ui/breadcrumbs";
import { ErrorPage, errorTitle } from "~/ui/error-page";

export const meta: MetaFunction<typeof loader> = ({ data, error }) => [
  { title: error || !data ? errorTitle(error) : `Agency assessments: ${data.product.name} | Cloud Exchange` },
];

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const product = productForAssessment({ slug: params.slug ?? "" });
  if (!product) throw json("We could not find that product.", { status: 404 });
  const visitor = await getVisitor(request);
  const user = visitor.user;
  const framework = currentFramework();
  const today = todayIso();
  const base = { product: { slug: product.slug, name: product.name }, signedIn: !!user, canAssess: !!user && canAssess(user, product).ok };
  if (!framework) return json({ ...base, framework: null, summary: null, rows: [], categories: [], list: null });
  const aggregate = productAggregates([product.id], { framework, today }).get(product.id)!;
  const profile = profileFor({
    userId: user?.id ?? null,
    classification: loadPurchase(visitor)?.classification ?? "OFFICIAL",
    framework,
  });
  const judged = judgeAgainstProfile(framework.document, aggregate, profile);
  const order = new Map(framework.document.qualities.map((q, i) => [q.key, i]));
  const rows = toQualityRows(judged.judgements).sort((a, b) => order.get(a.key)! - order.get(b.key)!);
  // Only government users learn who assessed; the columns are picked here so nothing else leaks.
  const list = isGovernment(user)
    ? publishedAssessmentList(product.id).map((a) => ({
        id: a.id,
        agencyName: a.agencyName,
        dataClassification: a.dataClassification,
        deploymentSize: a.deploymentSize,
        assessedOn: a.assessedOn,
        stale: a.assessedOn !== null && isStale(a.assessedOn, today),
        frameworkVersion: a.frameworkVersion,
        reliedOnBy: a.reliedOnBy,
      }))
    : null;
  return json({
    ...base,
    framework: { version: framework.version },
    summary: {
      assessedBy: aggregate.assessedBy,
      reliedOnBy: aggregate.reliedOnBy,
      assessments: aggregate.assessments,
      newest: aggregate.newest,
      allStale: aggregate.allStale,
      frameworkVersions: aggregate.frameworkVersions,
      gaps: judged.gaps,
      // The gaps first, in the judgement's order (mandatory ones leading), before the table by category.
      gapLine: judged.judgements
        .filter((j) => j.state === "gap")
        .map((j) => `${j.label}${j.mandatory ? " (mandatory)" : ""}: latest ${j.aggregate.latest!.score} against ${j.minimum}`)
        .join("; "),
      unassessed: judged.unassessed,
      meets: judged.meets,
      profile: { classification: profile.classification, saved: profile.saved },
    },
    rows,
    categories: framework.document.categories,
    list,
  });
}

export default function ProductAssessments() {
  const { product, signedIn, canAssess: mayAssess, framework, summary: s, rows, categories, list } = useLoaderData<typeof loader>();
  return (
    <PageContent>
      <Stack gap={2}>
        <Breadcrumbs
          links={[
            { href: "/products", label: "Products" },
            { href: `/products/${product.slug}`, label: product.name },
            { label: "Agency assessments" },
          ]}
        />
        <H1>Agency assessments: {product.name}</H1>
        {!framework || !s ? (
          <Text as="p">The common assessment framework has not been published yet, so there are no assessments to show.</Text>
        ) : (
          <>
            <Text as="p" fontWeight="bold">
              Assessed by {plural(s.assessedBy, "agency", "agencies")}, relied on by{" "}
              {plural(s.reliedOnBy, "other agency", "other agencies")}.
            </Text>
            {s.newest ? (
              <Text as="p">
                {plural(s.assessments, "published assessment", "published assessments")}; the newest is from{" "}
                <time dateTime={s.newest}>{formatDate(s.newest)}</time>. Scores were given against framework version
                {s.frameworkVersions.length > 1 ? "s" : ""} {s.frameworkVersions.join(", ")}.
              </Text>
            ) : (
              <Text as="p">No agency has published an assessment of this product yet.</Text>
            )}
            {s.allStale && s.newest ? (
              <PageAlert tone="warning" title="Every assessment is dated">
                <Text as="p">
                  All of them are more than 24 months old (the newest is from {formatDate(s.newest)}). The product may have changed since:
                  treat these scores as a starting point, not a current view.
                </Text>
              </PageAlert>
            ) : null}
            {mayAssess ? (
              <div>
                <ButtonLink href={`/products/${product.slug}/assess`}>Assess this product</ButtonLink>
              </div>
            ) : null}
            {s.assessments > 0 ? (
              <Stack as="section" gap={1} aria-labelledby="qualities">
                <H2 id="qualities">Scores by quality</H2>
                <Text as="p">
                  Judged against{" "}
                  {s.profile.saved
                    ? `your requirements profile (${s.profile.classification} data)`
                    : `the framework's minimums for ${s.profile.classification} data`}
                  : {plural(s.gaps, "gap", "gaps")}, {s.unassessed} not assessed.{" "}
                  <TextLink href="/requirements">{s.profile.saved ? "Change your profile" : "Set your own minimums"}</TextLink>.
                </Text>
                {s.gapLine ? (
                  <Text as="p">
                    <strong>Short of the minimum:</strong> {s.gapLine}.
                  </Text>
                ) : null}
                <QualityAggregateTable rows={rows} categories={categories} caption={`Assessed scores for ${product.name}, by quality`} />
              </Stack>
            ) : (
              <Text as="p">
                See the <TextLink href="/framework">common assessment framework</TextLink> for the qualities an assessment covers.
              </Text>
            )}
            {list ? (
              list.length === 0 ? null : (
                <Stack as="section" gap={1} aria-labelledby="published">
                  <H2 id="published">Published assessments</H2>
                  <Text as="p">Shown to government users only: the public sees the scores above, never who assessed or why.</Text>
                  <PublishedAssessmentTable assessments={list} caption={`Published assessments of ${product.name}`} />
                </Stack>
              )
            ) : signedIn ? (
              <Text as="p">Only government users can read each agency&apos;s assessment and its reasons.</Text>
            ) : (
              <Text as="p">
                Government users who{" "}
                <TextLink href={`/login?redirectTo=${encodeURIComponent(`/products/${product.slug}/assessments`)}`}>sign in</TextLink> can
                read each agency&apos;s assessment and its reasons.
              </Text>
            )}
          </>
        )}
      </Stack>
    </PageContent>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
