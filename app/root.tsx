import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";

import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
  useLocation,
  useRouteError,
} from "@remix-run/react";
import type { ReactNode } from "react";

import { Core } from "@ag.ds-next/react/core";

import { csrfTokenFor } from "~/accounts/csrf.server";

import { hasRole } from "~/accounts/permissions";

import { getUser } from "~/accounts/session.server";

import { AppLink } from "~/ui/app-link";

import { ErrorPage, errorTitle } from "~/ui/error-page";

import { SiteLayout } from "~/ui/site-layout";

import { useNonce } from "~/platform/nonce";

export const meta: MetaFunction = ({ error }) => [
  { title: error ? errorTitle(error) : "Cloud Exchange" },
  { name: "description", content: "Certified cloud services for Australian government agencies." },
];

export const links: LinksFunction = () => [{ rel: "icon", href: "/favicon.svg", type: "image/svg+xml" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  // Only what the header needs reaches the browser; the CSRF token is read by <CsrfInput />.
  return json({
    csrfToken: csrfTokenFor(request),
    user: user ? { displayName: user.displayName, isAdmin: hasRole(user, "admin") } : null,
  });
}

function Document({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  return (
    <html lang="en-AU">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <Core linkComponent={AppLink}>{children}</Core>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  const { pathname } = useLocation();
  const { user } = useLoaderData<typeof loader>();
  return (
    <Document>
      <SiteLayout pathname={pathname} user={user}>
        <Outlet />
      </SiteLayout>
    </Document>
  );
}

/** The last line of defence: it never reads loader data, and never shows a stack trace. */
export function ErrorBoundary() {
  const error = useRouteError();
  const { pathname } = useLocation();
  // The server logs errors as JSON with the request id (entry.server handleError); the browser's console is for developers.
  if (typeof document !== "undefined" && !isRouteErrorResponse(error)) console.error(error);
  return (
    <Document>
      <SiteLayout pathname={pathname}>
        <ErrorPage error={error} />
      </SiteLayout>
    </Document>
  );
}
