import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData, useRouteError } from "@remix-run/react";
import { Breadcrumbs } from "~/ui/breadcrumbs";
import { Button } from "@ag.ds-next/react/button";
import { PageContent } from "@ag.ds-next/react/content";
import { H1, H2 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { verifyCsrf } from "~/accounts/csrf.server";
import { loadPurchase } from "~/procurement/purchase.server";
import { findOwnShortlist } from "~/shortlists/shortlist.server";
import { findPack, listSnapshots, packChecksum, takeSnapshot } from "~/shortlists/evidence-pack.server";
import { packWords } from "~/shortlists/evidence-pack-words.server";
import { CsrfInput } from "~/ui/csrf-input";
import { ErrorPage } from "~/ui/error-page";
import { PRINT_STYLES } from "~/ui/print-styles";
import { SnapshotView } from "~/shortlists/evidence-pack-view";
import { readForm } from "~/platform/read-form.server";
import { formatDateTime } from "~/platform/dates";
import { getSessionData, requireUser } from "~/accounts/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Evidence pack: ${data?.shortlist.name ?? "shortlist"} | Cloud Exchange` },
];

// "$id_" in the file name: the pack is a page of its own, not rendered inside the shortlist page.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const pack = findPack({ userId: user.id, id: params.id, snapshot: new URL(request.url).searchParams.get("snapshot") });
  if ("problem" in pack) throw json(pack.problem, { status: 404 });
  const { shortlist, snapshot } = pack;
  const snapshots = listSnapshots({ shortlistId: shortlist.id }).map((s) => ({ id: s.id, taken: formatDateTime(s.takenAt) }));
  return json({
    shortlist: { id: shortlist.id, name: shortlist.name, count: shortlist.items.length },
    snapshots,
    snapshot: snapshot
      ? {
          id: snapshot.id,
          checksum: packChecksum(snapshot.data),
          words: packWords(snapshot),
          responsibility: Object.fromEntries(snapshot.data.listings.map((l) => [l.id, l.responsibility])),
          results: Object.fromEntries(snapshot.data.listings.map((l) => [l.id, l.results])),
        }
      : null,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await readForm(request);
  await verifyCsrf(request, form);
  const user = await requireUser(request);
  const shortlist = findOwnShortlist({ id: params.id, userId: user.id });
  if (!shortlist) throw json("We could not find that shortlist.", { status: 404 });
  if (shortlist.items.length === 0) throw json("Add products to the shortlist before taking a snapshot.", { status: 400 });
  const purchase = loadPurchase({ user, sessionData: await getSessionData(request) });
  const id = takeSnapshot({ shortlist, user, purchase });
  return redirect(`/shortlists/${shortlist.id}/evidence-pack?snapshot=${id}`);
}

export default function EvidencePack() {
  const { shortlist, snapshots, snapshot } = useLoaderData<typeof loader>();
  const base = `/shortlists/${shortlist.id}/evidence-pack`;
  return (
    <PageContent>
      <style media="print">{PRINT_STYLES}</style>
      <Stack gap={2}>
        <Breadcrumbs
          links={[
            { href: "/shortlists", label: "Shortlists" },
            { href: `/shortlists/${shortlist.id}`, label: shortlist.name },
            { label: "Evidence pack" },
          ]}
        />
        <H1>Evidence pack: {shortlist.name}</H1>
        <Text as="p">
          A snapshot freezes each listing, its badges with their assessors, scope and evidence, the provider facts, your proposed purchase,
          every rule result and agencies&apos; assessments against your requirements as they stand now. Later changes to a listing never
          change a snapshot already taken.
        </Text>
        <Form method="post" className="no-print">
          <CsrfInput />
          <Button type="submit" disabled={shortlist.count === 0}>
            Take a snapshot
          </Button>
        </Form>
        {snapshot ? (
          <SnapshotView
            words={snapshot.words}
            checksum={snapshot.checksum}
            responsibility={snapshot.responsibility}
            results={snapshot.results}
            downloads={{ pdf: `${base}.pdf?snapshot=${snapshot.id}`, json: `${base}.json?snapshot=${snapshot.id}` }}
          />
        ) : (
          <Text as="p">No snapshot has been taken yet.</Text>
        )}
        {snapshots.length > 1 ? (
          <section aria-labelledby="earlier" className="no-print">
            <H2 id="earlier">All snapshots</H2>
            <ul>
              {snapshots.map((s) => (
                <li key={s.id}>
                  <TextLink href={`${base}?snapshot=${s.id}`}>Taken {s.taken}</TextLink>
                  {s.id === snapshot?.id ? " (shown)" : ""}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </Stack>
    </PageContent>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
