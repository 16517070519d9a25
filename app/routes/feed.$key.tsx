/**
 * GET /feed/:key: a person's Atom feed of what they watch. Feed readers cannot sign in, so the
 * secret in the address is the only key; an unknown or revoked address answers 404 and shows nothing.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { feedOwner, watchFeed } from "~/watches/feed.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const userId = feedOwner(params.key ?? "");
  if (userId === null) {
    return new Response("There is no feed at this address. It may have been replaced: get the new one from your notifications page.", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  return new Response(watchFeed({ userId }), {
    headers: {
      "Content-Type": "application/atom+xml; charset=utf-8",
      // Personal: never in a shared cache, and the address must not leak through a Referer.
      "Cache-Control": "private, max-age=60",
      "Referrer-Policy": "no-referrer",
      "X-Robots-Tag": "noindex",
    },
  });
}
