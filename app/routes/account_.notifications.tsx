import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Button } from "@ag.ds-next/react/button";
import { Checkbox } from "@ag.ds-next/react/checkbox";
import { PageContent } from "@ag.ds-next/react/content";
import { ControlGroup } from "@ag.ds-next/react/control-group";
import { FormStack } from "@ag.ds-next/react/form-stack";
import { H1, H2 } from "@ag.ds-next/react/heading";
import { PageAlert } from "@ag.ds-next/react/page-alert";
import { Select } from "@ag.ds-next/react/select";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { verifyCsrf } from "~/accounts/csrf.server";
import { requireUser } from "~/accounts/session.server";
import { EMAIL_KIND_LABELS } from "~/notifications/email-kinds";
import { siteLink } from "~/notifications/site-link.server";
import { invalid, outcome } from "~/platform/forms.server";
import { readReply } from "~/platform/form-reply";
import { readForm } from "~/platform/read-form.server";
import { Breadcrumbs } from "~/ui/breadcrumbs";
import { CsrfInput } from "~/ui/csrf-input";
import { ErrorSummary } from "~/ui/error-summary";
import { changeNotifications, notificationsPage } from "~/watches/notifications-page.server";
import { NoticeList } from "~/watches/notice-list";
import { DELIVERIES, DELIVERY_LABELS, SHORTLIST_DELIVERIES, SHORTLIST_DELIVERY_LABELS } from "~/watches/vocabulary";

export const meta: MetaFunction = () => [
  { title: "Notifications | Cloud Exchange" },
  // The feed's secret address is on this page: never send it on in a Referer.
  { name: "referrer", content: "same-origin" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const page = notificationsPage(user);
  return json({ ...page, feedUrl: page.feedPath ? siteLink(page.feedPath) : null });
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  await verifyCsrf(request, form);
  const user = await requireUser(request);
  const reply = outcome(changeNotifications({ user, form }));
  return reply.status === "error" ? invalid(reply) : json(reply);
}

const TARGET_WORDS = { product: "Product", provider: "Provider", search: "Saved search" } as const;

export default function Notifications() {
  const data = useLoaderData<typeof loader>();
  const reply = readReply(useActionData<typeof action>());
  return (
    <PageContent>
      <Stack gap={3}>
        <Breadcrumbs links={[{ href: "/", label: "Home" }, { href: "/account", label: "Your account" }, { label: "Notifications" }]} />
        <H1>Notifications</H1>
        {reply.notice ? (
          <PageAlert tone="success" title="Done" focusOnMount>
            <Text as="p">{reply.notice}</Text>
          </PageAlert>
        ) : null}
        <ErrorSummary errors={reply.errors} />

        <Stack as="section" gap={1.5} aria-labelledby="changes-heading">
          <H2 id="changes-heading">What changed</H2>
          <NoticeList notices={data.notices} />
        </Stack>

        <Stack as="section" gap={1.5} aria-labelledby="watches-heading">
          <H2 id="watches-heading">What you watch</H2>
          <Form method="post">
            <CsrfInput />
            <input type="hidden" name="intent" value="save-deliveries" />
            <FormStack>
              {data.watches.length === 0 ? (
                <Text as="p">
                  You watch nothing yet. Use “Watch” on a <TextLink href="/products">product</TextLink>, a{" "}
                  <TextLink href="/providers">provider</TextLink> or a catalogue search.
                </Text>
              ) : (
                <ul className="watch-list">
                  {data.watches.map((w) => (
                    <li key={w.id}>
                      <Stack gap={0.5}>
                        <Text as="p">
                          {TARGET_WORDS[w.target]}: <TextLink href={w.path}>{w.label}</TextLink>
                        </Text>
                        <Select
                          id={`delivery-${w.id}`}
                          name={`delivery-${w.id}`}
                          label={`How you hear of ${w.label}`}
                          invalid={reply.invalid(`delivery-${w.id}`)}
                          message={reply.error(`delivery-${w.id}`)}
                          required
                          maxWidth="xl"
                          options={DELIVERIES.map((d) => ({ value: d, label: DELIVERY_LABELS[d] }))}
                          {...{ defaultValue: w.delivery }}
                        />
                        <div>
                          <Button type="submit" variant="tertiary" {...{ name: "stop", value: String(w.id) }}>
                            Stop watching {w.label}
                          </Button>
                        </div>
                      </Stack>
                    </li>
                  ))}
                </ul>
              )}
              <Select
                id="shortlistDelivery"
                name="shortlistDelivery"
                label="Products on your shortlists"
                hint="They are watched for you, so a lapsed badge on a product you are about to buy never goes unnoticed."
                invalid={reply.invalid("shortlistDelivery")}
                message={reply.error("shortlistDelivery")}
                required
                maxWidth="xl"
                options={SHORTLIST_DELIVERIES.map((d) => ({ value: d, label: SHORTLIST_DELIVERY_LABELS[d] }))}
                {...{ defaultValue: data.shortlistDelivery }}
              />
              <div>
                <Button type="submit">Save how you hear</Button>
              </div>
            </FormStack>
          </Form>
        </Stack>

        <Stack as="section" gap={1.5} aria-labelledby="emails-heading">
          <H2 id="emails-heading">E-mails we send you</H2>
          <Form method="post">
            <CsrfInput />
            <input type="hidden" name="intent" value="save-emails" />
            <FormStack>
              <ControlGroup
                label="Send me"
                hint="Messages about your account (confirming your address, resetting your password) are always sent."
                block
              >
                {data.emails.map((e) => (
                  <Checkbox key={e.kind} name="email" value={e.kind} {...{ defaultChecked: e.on }}>
                    {EMAIL_KIND_LABELS[e.kind]}
                  </Checkbox>
                ))}
              </ControlGroup>
              <div>
                <Button type="submit" variant="secondary">
                  Save e-mail choices
                </Button>
              </div>
            </FormStack>
          </Form>
        </Stack>

        <Stack as="section" gap={1.5} aria-labelledby="feed-heading">
          <H2 id="feed-heading">Your feed</H2>
          {data.feedUrl ? (
            <>
              <Text as="p">Everything above, for a feed reader. Keep this address to yourself: anyone who has it can read your feed.</Text>
              {/* A long address with no spaces would widen a phone's page: let it break anywhere. */}
              <div className="feed-address" style={{ overflowWrap: "anywhere" }}>
                <TextLink href={data.feedUrl}>{data.feedUrl}</TextLink>
              </div>
            </>
          ) : (
            <Text as="p">Your feed starts when you first watch something, or now if you ask for its address.</Text>
          )}
          <Form method="post">
            <CsrfInput />
            <input type="hidden" name="intent" value="renew-feed" />
            <Button type="submit" variant="secondary">
              {data.feedUrl ? "Get a new address (the old one stops working)" : "Get my feed address"}
            </Button>
          </Form>
        </Stack>
      </Stack>
    </PageContent>
  );
}
