import { config } from "~/platform/config.server";
import { json, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { desc } from "drizzle-orm";
import { Card, CardInner } from "@ag.ds-next/react/card";
import { PageContent } from "@ag.ds-next/react/content";
import { H1, H2 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { db } from "~db/client.server";
import { outbox } from "~db/schema";

export const meta: MetaFunction = () => [{ title: "Development mailbox | Cloud Exchange" }, { name: "robots", content: "noindex" }];

// The outbox holds live sign-in links: it must never be readable on a real deployment.
function mailboxEnabled(): boolean {
  return config().NODE_ENV !== "production" || config().ENABLE_DEV_MAILBOX === "1";
}

export async function loader() {
  if (!mailboxEnabled()) throw new Response("Not found", { status: 404 });
  const messages = db()
    .select({
      id: outbox.id,
      to: outbox.toAddress,
      subject: outbox.subject,
      body: outbox.body,
      createdAt: outbox.createdAt,
      sentAt: outbox.sentAt,
    })
    .from(outbox)
    .orderBy(desc(outbox.id))
    .limit(50)
    .all();
  return json({ messages });
}

const URL_PATTERN = /(https?:\/\/[^\s]+)/g;

/** Plain text with its URLs made into links; React escapes everything else. */
function Linkified({ text }: { text: string }) {
  return (
    <>
      {text.split(URL_PATTERN).map((part, i) =>
        i % 2 === 1 ? (
          <a key={i} href={part}>
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </>
  );
}

export default function DevMailbox() {
  const { messages } = useLoaderData<typeof loader>();
  return (
    <PageContent>
      <Stack gap={2}>
        <H1>Development mailbox</H1>
        <Text as="p">The 50 newest e-mails in the outbox. This page exists only outside production.</Text>
        {messages.length === 0 ? <Text as="p">No e-mails yet.</Text> : null}
        <Stack as="ol" gap={1.5} aria-label="E-mails, newest first">
          {messages.map((m) => (
            <li key={m.id} style={{ listStyle: "none" }}>
              <Card>
                <CardInner>
                  <Stack gap={0.5}>
                    <H2>{m.subject}</H2>
                    <Text as="p" fontSize="sm">
                      To {m.to}, queued {m.createdAt}
                      {m.sentAt ? `, sent ${m.sentAt}` : ", not sent"}
                    </Text>
                    <Text as="p" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
                      <Linkified text={m.body} />
                    </Text>
                  </Stack>
                </CardInner>
              </Card>
            </li>
          ))}
        </Stack>
      </Stack>
    </PageContent>
  );
}
