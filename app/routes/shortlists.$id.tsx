import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useRouteError } from "@remix-run/react";
import { Box } from "@ag.ds-next/react/box";
import { Breadcrumbs } from "~/ui/breadcrumbs";
import { Button } from "@ag.ds-next/react/button";
import { PageContent } from "@ag.ds-next/react/content";
import { Flex } from "@ag.ds-next/react/flex";
import { H1, H2, H3 } from "@ag.ds-next/react/heading";
import { PageAlert } from "@ag.ds-next/react/page-alert";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextInput } from "@ag.ds-next/react/text-input";
import { Textarea } from "@ag.ds-next/react/textarea";
import { TextLink } from "@ag.ds-next/react/text-link";
import { verifyCsrf } from "~/accounts/csrf.server";
import { safeRedirect } from "~/platform/safe-redirect";
import { catalogueAlignment } from "~/procurement/alignment.server";
import { loadPurchase } from "~/procurement/purchase.server";
import {
  deleteShortlist,
  removeFromShortlist,
  renameShortlist,
  findOwnShortlist,
  setShortlistNote,
  shortlistNameForm,
  shortlistNoteForm,
} from "~/shortlists/shortlist.server";
import { MAX_NAME_LENGTH } from "~/shortlists/shortlist-fields";
import { CsrfInput } from "~/ui/csrf-input";
import { ErrorPage } from "~/ui/error-page";
import { readForm } from "~/platform/read-form.server";
import { lapsedBadges } from "~/assurance/reminders.server";
import { todayIso } from "~/platform/dates";
import { BADGE_KIND_LABELS, type BadgeKind } from "~/assurance/vocabulary";
import { getSessionData, requireUser } from "~/accounts/session.server";
import { canStart } from "~/approaches/permissions";
import { invalid, parseForm } from "~/platform/forms.server";
import { readReply } from "~/platform/form-reply";
import { ErrorSummary } from "~/ui/error-summary";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.shortlist.name ?? "Shortlist"} | Cloud Exchange` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const shortlist = findOwnShortlist({ id: params.id, userId: user.id });
  if (!shortlist) throw json("We could not find that shortlist.", { status: 404 });
  const purchase = loadPurchase({ user, sessionData: await getSessionData(request) });
  const alignment = purchase
    ? catalogueAlignment({ purchase, products: shortlist.items.map((i) => ({ id: i.productId, name: i.name })) })
    : null;
  const url = new URL(request.url);
  const from = safeRedirect(url.searchParams.get("from"), "");
  return json({
    shortlist,
    summaries: Object.fromEntries(shortlist.items.map((i) => [i.productId, alignment?.get(i.productId)?.summary.label ?? null])),
    added: Number(url.searchParams.get("added")) || 0,
    from: from || null,
    lapsed: lapsedBadges({ productIds: shortlist.items.map((i) => i.productId), today: todayIso() }),
    // Only agency staff with an agency approach the market (the same check /approaches/new makes).
    canApproach: canStart(user).ok,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await readForm(request);
  await verifyCsrf(request, form);
  const user = await requireUser(request);
  const shortlist = findOwnShortlist({ id: params.id, userId: user.id });
  if (!shortlist) throw json("We could not find that shortlist.", { status: 404 });
  const ids = { id: shortlist.id, userId: user.id };
  const productId = Number(form.get("productId"));
  switch (form.get("intent")) {
    case "rename": {
      const parsed = parseForm(form, shortlistNameForm);
      if (!parsed.ok) return invalid(parsed.reply);
      renameShortlist({ ...ids, name: parsed.value.name });
      return redirect(`/shortlists/${shortlist.id}`);
    }
    case "delete":
      deleteShortlist(ids);
      return redirect("/shortlists");
    case "remove":
      removeFromShortlist({ ...ids, productId });
      return redirect(`/shortlists/${shortlist.id}`);
    case "note": {
      const parsed = parseForm(form, shortlistNoteForm);
      if (!parsed.ok) return invalid(parsed.reply);
      if (!setShortlistNote({ ...ids, productId: parsed.value.productId, note: parsed.value.note })) {
        throw json("That product is not on this shortlist.", { status: 404 });
      }
      return redirect(`/shortlists/${shortlist.id}`);
    }
  }
  throw json("That action is not available here.", { status: 400 });
}

export default function ShortlistPage() {
  const { shortlist, summaries, added, from, lapsed, canApproach } = useLoaderData<typeof loader>();
  const reply = readReply(useActionData<typeof action>());
  // The answer belongs to the form that was sent: the rename, or one product's note.
  const intent = reply.submitted ? reply.value("intent") : null;
  const noteReply = (productId: number) => (intent === "note" && reply.value("productId") === String(productId) ? reply : null);
  const renameReply = intent === "rename" ? reply : null;
  const compareSlugs = shortlist.items
    .slice(0, 4)
    .map((i) => i.slug)
    .join(",");
  return (
    <PageContent>
      <Stack gap={2}>
        <Breadcrumbs links={[{ href: "/shortlists", label: "Shortlists" }, { label: shortlist.name }]} />
        <H1>{shortlist.name}</H1>
        {added > 0 ? (
          <PageAlert tone="success" title={`Added ${added} ${added === 1 ? "product" : "products"} to this shortlist`}>
            {from ? (
              <Text as="p">
                <TextLink href={from}>Go back to where you were</TextLink>
              </Text>
            ) : null}
          </PageAlert>
        ) : null}
        {lapsed.length > 0 ? (
          <PageAlert
            tone="warning"
            title={`${lapsed.length} ${lapsed.length === 1 ? "badge has" : "badges have"} lapsed on shortlisted products`}
          >
            <ul>
              {lapsed.map((b) => (
                <li key={b.id}>
                  <TextLink href={`/products/${b.productSlug}`}>{b.productName}</TextLink>:{" "}
                  {BADGE_KIND_LABELS[b.kind as BadgeKind] ?? b.kind}, {b.label}
                </li>
              ))}
            </ul>
          </PageAlert>
        ) : null}
        <ErrorSummary
          errors={reply.errors.map((e) =>
            intent === "note" && e.name === "note" ? { ...e, name: `note-${reply.value("productId")}` } : e,
          )}
        />
        <Flex gap={1.5} flexWrap="wrap">
          <TextLink href={`/shortlists/${shortlist.id}/export.csv`} download>
            Download as CSV
          </TextLink>
          <TextLink href={`/shortlists/${shortlist.id}/evidence-pack`}>Evidence pack</TextLink>
          {canApproach ? (
            <TextLink href={`/approaches/new?shortlist=${shortlist.id}`}>Approach the market with this shortlist</TextLink>
          ) : null}
          {shortlist.items.length > 1 ? (
            <TextLink href={`/compare?products=${compareSlugs}`}>
              Compare {shortlist.items.length > 4 ? "the first 4" : "these"} products
            </TextLink>
          ) : null}
        </Flex>
        <section aria-labelledby="items">
          <H2 id="items">
            {shortlist.items.length} {shortlist.items.length === 1 ? "product" : "products"}
          </H2>
          {shortlist.items.length === 0 ? (
            <Text as="p">
              Nothing here yet: add products from the <TextLink href="/products">catalogue</TextLink>.
            </Text>
          ) : null}
          <ul style={{ listStyle: "none", padding: 0 }}>
            {shortlist.items.map((item) => (
              <Box as="li" key={item.productId} paddingY={1} borderBottom borderColor="muted">
                <H3>
                  <TextLink href={`/products/${item.slug}`}>{item.name}</TextLink>
                </H3>
                <Text as="p" fontSize="xs">
                  {item.serviceModel} by {item.providerName}
                  {summaries[item.productId] ? ` · Your purchase: ${summaries[item.productId]}` : ""}
                </Text>
                <Form method="post" aria-label={`Note on ${item.name}`}>
                  <CsrfInput />
                  <input type="hidden" name="intent" value="note" />
                  <input type="hidden" name="productId" value={item.productId} />
                  <Textarea
                    id={`note-${item.productId}`}
                    name="note"
                    label={`Note on ${item.name}`}
                    maxWidth="xl"
                    invalid={noteReply(item.productId)?.invalid("note") ?? false}
                    message={noteReply(item.productId)?.error("note")}
                    {...{ defaultValue: noteReply(item.productId)?.value("note") ?? item.note }}
                  />
                  <Box paddingTop={0.5}>
                    <Button type="submit" variant="secondary" size="sm">
                      Save note
                    </Button>
                  </Box>
                </Form>
                <Form method="post" aria-label={`Remove ${item.name}`}>
                  <CsrfInput />
                  <input type="hidden" name="intent" value="remove" />
                  <input type="hidden" name="productId" value={item.productId} />
                  <Box paddingTop={0.5}>
                    <Button type="submit" variant="tertiary" size="sm">
                      Remove {item.name}
                    </Button>
                  </Box>
                </Form>
              </Box>
            ))}
          </ul>
        </section>
        <section aria-labelledby="manage">
          <H2 id="manage">Rename or delete</H2>
          <Form method="post">
            <CsrfInput />
            <input type="hidden" name="intent" value="rename" />
            <Flex gap={1} alignItems="flex-end" flexWrap="wrap">
              <TextInput
                id="name"
                name="name"
                label="Shortlist name"
                required
                maxLength={MAX_NAME_LENGTH}
                invalid={renameReply?.invalid("name") ?? false}
                message={renameReply?.error("name")}
                {...{ defaultValue: renameReply ? (renameReply.value("name") ?? "") : shortlist.name }}
              />
              <Button type="submit" variant="secondary">
                Rename
              </Button>
            </Flex>
          </Form>
          <Form method="post">
            <CsrfInput />
            <input type="hidden" name="intent" value="delete" />
            <Box paddingTop={1}>
              <Button type="submit" variant="tertiary">
                Delete this shortlist
              </Button>
            </Box>
          </Form>
        </section>
      </Stack>
    </PageContent>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
