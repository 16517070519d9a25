import { isRouteErrorResponse } from "@remix-run/react";
import { PageContent } from "@ag.ds-next/react/content";
import { H1 } from "@ag.ds-next/react/heading";
import { Prose } from "@ag.ds-next/react/prose";
import { Stack } from "@ag.ds-next/react/stack";

const MESSAGES: Record<number, { title: string; body: string }> = {
  400: { title: "Something in the request was not right", body: "Check the address or the form and try again." },
  403: { title: "You do not have access to this page", body: "Sign in with an account that has the right role, or go back." },
  404: { title: "Page not found", body: "The page may have moved, or the address may be mistyped." },
  405: { title: "That action is not available here", body: "Go back and use the page's own buttons." },
};

const UNEXPECTED = { title: "Sorry, something went wrong", body: "The problem has been logged. Please try again in a few minutes." };

function messageFor(error: unknown) {
  const status = isRouteErrorResponse(error) ? error.status : 500;
  return { status, message: MESSAGES[status] ?? UNEXPECTED };
}

/** The browser tab's title for an error page: "Page not found | Cloud Exchange", not just the site's name. */
export function errorTitle(error: unknown): string {
  return `${messageFor(error).message.title} | Cloud Exchange`;
}

/** A page a person understands, for any error: status words, what to do next, never a stack. */
export function ErrorPage({ error }: { error: unknown }) {
  const { status, message } = messageFor(error);
  const detail = isRouteErrorResponse(error) && typeof error.data === "string" ? error.data : undefined;
  return (
    <PageContent>
      <Stack gap={1.5}>
        <H1>{message.title}</H1>
        <Prose>
          {detail && detail !== message.title ? <p>{detail}</p> : null}
          <p>{message.body}</p>
          <p>
            <a href="/products">Browse the catalogue</a> or <a href="/">go to the home page</a>.
          </p>
          <p>Error code: {status}</p>
        </Prose>
      </Stack>
    </PageContent>
  );
}
