/**
 * /bench/minimal: the app's root and layout around an empty page, the ceiling `npm run load`
 * compares the real pages with. It exists only where ENABLE_BENCH_ROUTES=1 (the benchmark scripts
 * set it); anywhere else it is a plain 404.
 */
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { config } from "~/platform/config.server";

export function loader() {
  if (config().ENABLE_BENCH_ROUTES !== "1") throw new Response("Not found", { status: 404 });
  return json({ ok: true });
}

export default function BenchMinimal() {
  const { ok } = useLoaderData<typeof loader>();
  return <p>{ok ? "ok" : ""}</p>;
}
