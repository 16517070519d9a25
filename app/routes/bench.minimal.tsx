/**
 * /bench/minimal: the smallest page this stack can serve (a one-field loader, no design system),
 * the ceiling `npm run load` compares the real pages with. It reads nothing and shows nothing.
 */
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";

export function loader() {
  return json({ ok: true });
}

export default function BenchMinimal() {
  const { ok } = useLoaderData<typeof loader>();
  return <p>{ok ? "ok" : ""}</p>;
}
