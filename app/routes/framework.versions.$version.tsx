/** /framework/versions/:version: one past, current or upcoming version, as assessments that used it were judged. */
import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData, useRouteError } from "@remix-run/react";
import { PageContent } from "@ag.ds-next/react/content";
import { H1, H2 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { frameworkTimeline } from "~/assessments/framework";
import { frameworkHistory, frameworkVersionByNumber } from "~/assessments/framework.server";
import { FrameworkTimeline, FrameworkView, VersionFacts } from "~/assessments/framework-view";
import { todayIso } from "~/platform/dates";
import { Breadcrumbs } from "~/ui/breadcrumbs";
import { ErrorPage, errorTitle } from "~/ui/error-page";

export const meta: MetaFunction<typeof loader> = ({ data, error }) => [
  { title: data ? `Framework version ${data.version.version} | Cloud Exchange` : errorTitle(error) },
];

export async function loader({ params }: LoaderFunctionArgs) {
  const wanted = /^[1-9]\d{0,5}$/.test(params.version ?? "") ? Number(params.version) : null;
  const found = wanted === null ? null : frameworkVersionByNumber(wanted);
  if (!found) throw json("There is no version of the framework with that number.", { status: 404 });
  const timeline = frameworkTimeline(frameworkHistory(), todayIso());
  const place = timeline.find((v) => v.version === found.version)!;
  return json({
    version: {
      version: found.version,
      effectiveFrom: found.effectiveFrom,
      summary: found.summary,
      sourceTitle: found.sourceTitle,
      sourceUrl: found.sourceUrl,
      document: found.document,
      state: place.state,
      until: place.until,
    },
    history: timeline,
  });
}

export default function FrameworkVersionPage() {
  const { version: v, history } = useLoaderData<typeof loader>();
  return (
    <PageContent>
      <Stack gap={3}>
        <Stack gap={1.5}>
          <Breadcrumbs links={[{ href: "/framework", label: "Common assessment framework" }, { label: `Version ${v.version}` }]} />
          <H1>Common assessment framework, version {v.version}</H1>
          {v.state !== "in_force" ? (
            <Text as="p">
              This is not the version in force today. Assessments that used it are still judged by it; new assessments use the version in
              force.
            </Text>
          ) : null}
          <VersionFacts v={v} state={v.state} until={v.until} />
        </Stack>
        <FrameworkView document={v.document} />
        <Stack as="section" gap={1} aria-labelledby="history">
          <H2 id="history">Version history</H2>
          <FrameworkTimeline versions={history} current={v.version} />
        </Stack>
      </Stack>
    </PageContent>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
