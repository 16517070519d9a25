/** /framework: the common assessment framework in force, what is coming, and every version before. */
import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ButtonLink } from "@ag.ds-next/react/button";
import { PageContent } from "@ag.ds-next/react/content";
import { H1, H2 } from "@ag.ds-next/react/heading";
import { PageAlert } from "@ag.ds-next/react/page-alert";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { hasRole } from "~/accounts/permissions";
import { getUser } from "~/accounts/session.server";
import { frameworkTimeline } from "~/assessments/framework";
import { currentFramework, frameworkHistory } from "~/assessments/framework.server";
import { FrameworkTimeline, FrameworkView, VersionFacts } from "~/assessments/framework-view";
import { formatDate, todayIso } from "~/platform/dates";

export const meta: MetaFunction = () => [{ title: "Common assessment framework | Cloud Exchange" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const today = todayIso();
  const framework = currentFramework(today);
  const timeline = frameworkTimeline(frameworkHistory(), today);
  const user = await getUser(request);
  const published = Number(new URL(request.url).searchParams.get("published"));
  const current = framework ? timeline.find((v) => v.version === framework.version)! : null;
  return json({
    current:
      framework && current
        ? {
            version: framework.version,
            effectiveFrom: framework.effectiveFrom,
            summary: framework.summary,
            sourceTitle: framework.sourceTitle,
            sourceUrl: framework.sourceUrl,
            document: framework.document,
            state: current.state,
            until: current.until,
          }
        : null,
    upcoming: timeline.filter((v) => v.state === "upcoming"),
    history: timeline,
    canEdit: hasRole(user, "editor"),
    published: Number.isInteger(published) && published > 0 ? timeline.find((v) => v.version === published) : undefined,
  });
}

export default function FrameworkPage() {
  const { current, upcoming, history, canEdit, published } = useLoaderData<typeof loader>();
  return (
    <PageContent>
      <Stack gap={3}>
        <Stack gap={1.5}>
          <H1>Common assessment framework</H1>
          {published ? (
            <PageAlert tone="success" title={`Version ${published.version} published`} focusOnMount>
              <Text as="p">
                {published.state === "upcoming"
                  ? `It comes into force on ${formatDate(published.effectiveFrom)}; until then assessments use the version in force.`
                  : "It is in force now: new assessments and requirements profiles start from it."}
              </Text>
            </PageAlert>
          ) : null}
          <Text as="p">
            The qualities agencies assess a cloud service against, with the minimum score each needs for the data it will hold. Agencies
            share their assessments on Cloud Exchange so that others can rely on them instead of assessing the same service again. Each
            assessment is judged by the version it used.
          </Text>
          <Text as="p">
            <TextLink href="/requirements">Set your requirements profile</TextLink> to compare products against these minimums.
          </Text>
          {canEdit ? (
            <div>
              <ButtonLink href="/framework/new" variant="secondary">
                Publish a new version
              </ButtonLink>
            </div>
          ) : null}
        </Stack>
        {current ? (
          <>
            <Stack as="section" gap={1} aria-labelledby="in-force">
              <H2 id="in-force">The version in force</H2>
              <VersionFacts v={current} state={current.state} until={current.until} />
            </Stack>
            <FrameworkView document={current.document} />
          </>
        ) : (
          <Text as="p">No version of the framework is in force yet. Editors at the Digital Transformation Agency publish it.</Text>
        )}
        {upcoming.length ? (
          <Stack as="section" gap={1} aria-labelledby="upcoming">
            <H2 id="upcoming">Upcoming versions</H2>
            <FrameworkTimeline versions={upcoming} />
          </Stack>
        ) : null}
        <Stack as="section" gap={1} aria-labelledby="history">
          <H2 id="history">Version history</H2>
          {history.length ? <FrameworkTimeline versions={history} /> : <Text as="p">No versions yet.</Text>}
        </Stack>
      </Stack>
    </PageContent>
  );
}
