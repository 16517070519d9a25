import { useRouteLoaderData } from "@remix-run/react";

/** The hidden CSRF field every POST form carries; the token comes from the root loader. */
export function CsrfInput() {
  const data = useRouteLoaderData<{ csrfToken?: string | null }>("root");
  return <input type="hidden" name="csrf" value={data?.csrfToken ?? ""} />;
}
