/**
 * /provider: an approved representative's dashboard: their profile, products, badges due or
 * overdue (computed live; the e-mails come from the reminders script) and their proposals.
 */
import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData, useRouteError, useSearchParams } from "@remix-run/react";
import { PageContent } from "@ag.ds-next/react/content";
import { H1, H2 } from "@ag.ds-next/react/heading";
import { PageAlert } from "@ag.ds-next/react/page-alert";
import { Stack } from "@ag.ds-next/react/stack";
import { StatusBadge } from "@ag.ds-next/react/status-badge";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { BADGE_KIND_LABELS, type BadgeKind } from "~/assurance/vocabulary";
import { requireProviderRep } from "~/accounts/session.server";
import { changeTitle } from "~/listings/change-title";
import { diffListing } from "~/listings/diff";
import { withWordDiffs } from "~/listings/word-diff.server";
import { formatDate, todayIso } from "~/platform/dates";
import { badgesPendingApproval, changesForProvider, providerProducts, providerProfile } from "~/listings/listing-change.server";
import { reviewsForProvider } from "~/reviews/review-listing.server";
import { providerBadgeAlerts } from "~/assurance/reminders.server";
import { formatCanberra } from "~/approaches/closing";
import { sellerInvitations } from "~/approaches/seller-pages.server";
import { ErrorPage } from "~/ui/error-page";
import { FieldChanges } from "~/listings/field-changes";

export const meta: MetaFunction = () => [{ title: "Provider dashboard | Cloud Exchange" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireProviderRep(request);
  const profile = providerProfile({ providerId: user.providerId });
  if (!profile) throw json("Your provider is no longer listed.", { status: 404 });
  const today = todayIso();
  const alerts = providerBadgeAlerts({ providerId: user.providerId, today }).map((b) => ({
    id: b.id,
    kind: b.kind,
    productName: b.productName,
    productSlug: b.productSlug,
    state: b.currency.state,
    label: b.currency.label,
  }));
  const changes = changesForProvider({ providerId: user.providerId }).map((c) => ({
    id: c.id,
    entity: c.entity,
    entityId: c.entityId,
    productName: c.productName,
    status: c.status,
    reviewNote: c.reviewNote,
    createdAt: c.createdAt,
    reviewedAt: c.reviewedAt,
    title: c.entity === "provider" ? "Provider profile" : changeTitle(c),
    fields: withWordDiffs(diffListing(c.before, c.after)),
  }));
  // A renewal already proposed is pending, not something still to do.
  const pendingBadges = badgesPendingApproval({ providerId: user.providerId });
  const reviews = reviewsForProvider({ providerId: user.providerId }).map((r) => ({
    id: r.id,
    title: r.title,
    overall: r.overall,
    published: r.publishedAt ? formatDate(r.publishedAt.slice(0, 10)) : "",
    productName: r.productName,
    productSlug: r.productSlug,
    replied: r.replyStatus === "published" ? "Replied" : r.replyStatus === "pending" ? "Reply waiting for moderation" : null,
  }));
  return json({
    profile,
    products: providerProducts({ providerId: user.providerId }),
    alerts: alerts.map((a) => ({ ...a, pending: pendingBadges.has(a.id) })),
    changes,
    reviews,
    invitations: sellerInvitations({ providerId: user.providerId }),
  });
}

const STATUS_TONE = { pending: "infoLow", approved: "successMedium", rejected: "errorMedium", superseded: "pausedLow" } as const;

export default function ProviderDashboard() {
  const { profile, products, alerts, changes, reviews, invitations } = useLoaderData<typeof loader>();
  const openInvitations = invitations.filter((a) => a.state === "open");
  const [params] = useSearchParams();
  return (
    <PageContent>
      <Stack gap={2}>
        <H1>{profile.name}: provider dashboard</H1>
        {params.get("proposed") ? (
          <PageAlert tone="success" title="Your change is waiting for approval">
            <Text as="p">The listing stays as it is until a Cloud Exchange editor approves it.</Text>
          </PageAlert>
        ) : null}
        <section aria-labelledby="alerts">
          <Stack gap={1}>
            <H2 id="alerts">Badges due within 90 days or overdue</H2>
            {alerts.length === 0 ? (
              <Text as="p">No badge is due for renewal in the next 90 days.</Text>
            ) : (
              <ul>
                {alerts.map((a) => (
                  <li key={a.id}>
                    <StatusBadge
                      tone={a.state === "overdue" ? "errorMedium" : "warningMedium"}
                      label={a.state === "overdue" ? "Overdue" : "Due"}
                    />{" "}
                    {a.state === "overdue" ? (
                      <strong>{BADGE_KIND_LABELS[a.kind as BadgeKind] ?? a.kind}</strong>
                    ) : (
                      (BADGE_KIND_LABELS[a.kind as BadgeKind] ?? a.kind)
                    )}{" "}
                    for {a.productName}: {a.label}.{" "}
                    {a.pending ? (
                      <StatusBadge tone="infoLow" label="Renewal pending approval" />
                    ) : (
                      <TextLink href={`/provider/products/${a.productSlug}/badges`}>Renew</TextLink>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </Stack>
        </section>
        <section aria-labelledby="approaches">
          <Stack gap={1}>
            <H2 id="approaches">Approaches to market</H2>
            {openInvitations.length === 0 ? (
              <Text as="p">No approach to market you are invited to is open now.</Text>
            ) : (
              <ul>
                {openInvitations.map((a) => (
                  <li key={a.id}>
                    <TextLink href={`/provider/approaches/${a.id}`}>{a.title}</TextLink>, from {a.agencyName}: closes{" "}
                    {formatCanberra(a.closesAt)}
                    {a.timeLeft ? ` (${a.timeLeft})` : ""}. {a.responded > 0 ? "You have responded." : "You have not responded yet."}
                  </li>
                ))}
              </ul>
            )}
            <Text as="p">
              <TextLink href="/provider/approaches">
                Every approach to market you are invited to{invitations.length > openInvitations.length ? ", closed ones included" : ""}
              </TextLink>
            </Text>
          </Stack>
        </section>
        <section aria-labelledby="reviews">
          <Stack gap={1}>
            <H2 id="reviews">Reviews of your products</H2>
            {reviews.length === 0 ? (
              <Text as="p">No published reviews yet. You are e-mailed when one is published.</Text>
            ) : (
              <ul>
                {reviews.map((r) => (
                  <li key={r.id} style={{ paddingBlock: 4 }}>
                    <TextLink href={`/products/${r.productSlug}#reviews`}>{r.title || "Untitled review"}</TextLink>, {r.overall} of 5, on{" "}
                    {r.productName}, published {r.published}.{" "}
                    {r.replied ?? (
                      <TextLink href={`/reviews/${r.id}/reply`} aria-label={`Reply to "${r.title}"`}>
                        Reply
                      </TextLink>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </Stack>
        </section>
        <section aria-labelledby="profile">
          <Stack gap={1}>
            <H2 id="profile">Provider profile</H2>
            <Text as="p">{profile.facts.summary}</Text>
            <Text as="p">
              <TextLink href="/provider/profile">Propose changes to the profile</TextLink> ·{" "}
              <TextLink href={`/providers/${profile.slug}`}>See the public page</TextLink>
            </Text>
          </Stack>
        </section>
        <section aria-labelledby="products">
          <Stack gap={1}>
            <H2 id="products">Products</H2>
            <ul>
              {products.map((p) => (
                <li key={p.id}>
                  <TextLink href={`/products/${p.slug}`}>{p.name}</TextLink> ({p.serviceModel}):{" "}
                  <TextLink href={`/provider/products/${p.slug}`}>edit details</TextLink> ·{" "}
                  <TextLink href={`/provider/products/${p.slug}/badges`}>add or renew badges</TextLink> ·{" "}
                  <TextLink href={`/provider/products/${p.slug}/responsibility`}>propose who secures what</TextLink>
                </li>
              ))}
            </ul>
          </Stack>
        </section>
        <section aria-labelledby="changes">
          <Stack gap={1}>
            <H2 id="changes">Your proposed changes</H2>
            {changes.length === 0 ? <Text as="p">You have not proposed any changes.</Text> : null}
            {changes.map((c) => (
              <Stack key={c.id} gap={0.5}>
                <Text as="div">
                  <StatusBadge
                    tone={STATUS_TONE[c.status as keyof typeof STATUS_TONE] ?? "unknownLow"}
                    label={c.status[0].toUpperCase() + c.status.slice(1)}
                  />{" "}
                  {c.title}, proposed {formatDate(c.createdAt.slice(0, 10))}
                  {c.reviewedAt ? `, decided ${formatDate(c.reviewedAt.slice(0, 10))}` : ""}
                  {c.reviewNote ? `. ${c.status === "rejected" ? "Reason" : "Note"}: ${c.reviewNote}` : ""}
                </Text>
                <FieldChanges changes={c.fields} caption={`Change ${c.id}`} />
              </Stack>
            ))}
          </Stack>
        </section>
      </Stack>
    </PageContent>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
