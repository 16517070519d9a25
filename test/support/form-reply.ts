/**
 * Reading an action's FormReply in tests the way a page does (app/platform/form-reply.ts): the
 * first message per field, with a problem with the whole form under "form", and what was typed.
 */
import { readReply } from "~/platform/form-reply";

export function replyErrors(body: unknown): Record<string, string> {
  return Object.fromEntries(readReply(body).errors.map((e) => [e.name === "" ? "form" : e.name, e.message]));
}

/** What was typed, keyed by field name: nested names (`party.mfa`) are flattened back to the name the form used. */
export function replyValues(body: unknown): Record<string, unknown> {
  const typed = ((body as { initialValue?: Record<string, unknown> } | null)?.initialValue ?? {}) as Record<string, unknown>;
  const flat: Record<string, unknown> = {};
  const walk = (value: unknown, prefix: string) => {
    if (value && typeof value === "object" && !Array.isArray(value)) {
      for (const [key, inner] of Object.entries(value)) walk(inner, prefix ? `${prefix}.${key}` : key);
    } else flat[prefix] = value;
  };
  walk(typed, "");
  return flat;
}
