/**
 * /unsubscribe/:token, the link in every notification and its List-Unsubscribe header. A GET only
 * asks (mail scanners and link previews follow links); a POST stops that kind of e-mail, whether
 * from the button here or from a mail client's own one-click button (RFC 8058, body
 * "List-Unsubscribe=One-Click"). No sign-in and no CSRF field: the token, which only the
 * recipient has, is the authority, and it works once.
 */
import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Button } from "@ag.ds-next/react/button";
import { PageContent } from "@ag.ds-next/react/content";
import { H1 } from "@ag.ds-next/react/heading";
import { PageAlert } from "@ag.ds-next/react/page-alert";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { lookUpUnsubscribe, unsubscribe, type UnsubscribeLookup } from "~/notifications/unsubscribe.server";
import { formatDateTime } from "~/platform/dates";

export const meta: MetaFunction = () => [
  { title: "Stop e-mails | Cloud Exchange" },
  // The token is in the address: never send it on in a Referer.
  { name: "referrer", content: "no-referrer" },
  { name: "robots", content: "noindex" },
];

const STATUS = { unknown: 404, used: 410, ready: 200 } as const;

function answer(found: UnsubscribeLookup, done: boolean) {
  const view = {
    state: found.state,
    what: found.state === "unknown" ? "" : found.what,
    usedAt: found.state === "used" ? found.usedAt : null,
    done,
  };
  return json(view, { status: STATUS[found.state] });
}

export async function loader({ params }: LoaderFunctionArgs) {
  return answer(lookUpUnsubscribe(params.token ?? ""), false);
}

export async function action({ params }: ActionFunctionArgs) {
  const before = lookUpUnsubscribe(params.token ?? "");
  if (before.state !== "ready") return answer(before, false);
  return answer(unsubscribe(params.token ?? ""), true);
}

export default function Unsubscribe() {
  const loaded = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>() ?? loaded;
  return (
    <PageContent>
      <Stack gap={2} maxWidth={640}>
        {data.done ? (
          <>
            <H1>You will not get these e-mails again</H1>
            <PageAlert tone="success" title="Stopped" focusOnMount>
              <Text as="p">
                Stopped: {data.what}. Nothing else has changed: other e-mails, your watches and your feed are as they were.
              </Text>
            </PageAlert>
          </>
        ) : data.state === "ready" ? (
          <>
            <H1>Stop these e-mails?</H1>
            <Text as="p">{data.what}.</Text>
            <Form method="post">
              <Button type="submit">Stop these e-mails</Button>
            </Form>
          </>
        ) : data.state === "used" ? (
          <>
            <H1>This link has already been used</H1>
            <PageAlert tone="info" title="Nothing changed">
              <Text as="p">
                It stopped {data.what.charAt(0).toLowerCase() + data.what.slice(1)}
                {data.usedAt ? ` on ${formatDateTime(data.usedAt)}` : ""}. Each link works once, so nothing has changed now.
              </Text>
            </PageAlert>
          </>
        ) : (
          <>
            <H1>This link does not work</H1>
            <PageAlert tone="error" title="Nothing changed">
              <Text as="p">It is not a link we sent, or part of it is missing. Copy the whole link from the e-mail and try again.</Text>
            </PageAlert>
          </>
        )}
        <Text as="p">
          <TextLink href="/account/notifications">Choose what we e-mail you</TextLink> (you will be asked to sign in).
        </Text>
      </Stack>
    </PageContent>
  );
}
