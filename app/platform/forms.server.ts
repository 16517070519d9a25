/**
 * The one way an action reads a form: conform parses the FormData against a zod schema (coercing
 * numbers, booleans, dates, lists and nested names as the browser sends them) and answers either
 * the typed value or a FormReply, the one result shape every form page reads (app/ui/form-reply.ts).
 * Refusals found after validation (an e-mail already taken, a rate limit) use the same shape, so
 * what the person typed always comes back with the message next to its field.
 */
import { parseWithZod } from "@conform-to/zod";
import { json } from "@remix-run/node";
import { z } from "zod";
import type { FormReply } from "./form-reply";

/** Never sent back to the page: the CSRF token is re-rendered fresh, secrets are never echoed. */
const NEVER_ECHOED = ["csrf", "password", "currentPassword", "token"];

export type ParsedForm<T> =
  | {
      ok: true;
      value: T;
      /** The same reply shape for a problem only the action can see; key "" is a problem with the whole form. */
      refuse: (errors: Record<string, string>) => FormReply;
      /** A success the page shows in place (status "success"), still carrying what was typed. */
      accept: (notice?: string) => FormReply;
    }
  | { ok: false; reply: FormReply };

export function parseForm<Schema extends z.ZodTypeAny>(
  formData: FormData,
  schema: Schema,
  { hide = [] }: { hide?: string[] } = {},
): ParsedForm<z.output<Schema>> {
  const submission = parseWithZod(formData, { schema });
  const hideFields = [...NEVER_ECHOED, ...hide];
  if (submission.status !== "success") return { ok: false, reply: submission.reply({ hideFields }) };
  return {
    ok: true,
    value: submission.value,
    accept: (notice) => ({ ...submission.reply({ hideFields }), ...(notice ? { notice } : {}) }),
    refuse: (errors) => {
      const { "": whole, ...fields } = errors;
      return submission.reply({
        hideFields,
        formErrors: whole ? [whole] : undefined,
        fieldErrors: Object.fromEntries(Object.entries(fields).map(([name, message]) => [name, [message]])),
      });
    },
  };
}

/**
 * The same shape for an action with nothing to parse first (a button with an intent): a notice
 * when it worked, or the problems, keyed by field ("" for the whole form).
 */
export function outcome({ notice, errors }: { notice?: string; errors?: Record<string, string> }): FormReply {
  if (errors && Object.keys(errors).length > 0) {
    return { status: "error", error: Object.fromEntries(Object.entries(errors).map(([name, message]) => [name, [message]])) };
  }
  return { status: "success", ...(notice ? { notice } : {}) };
}

/** What was typed, sent back unjudged (a preview, say): no status, no messages. */
export function echo(formData: FormData, { hide = [] }: { hide?: string[] } = {}): FormReply {
  const { initialValue } = parseWithZod(formData, { schema: z.object({}).passthrough() }).reply({ hideFields: [...NEVER_ECHOED, ...hide] });
  return { initialValue };
}

/** 400 Bad Request (or the status given) with the reply: the page shows it, and nothing was changed. */
export function invalid(reply: FormReply, status = 400) {
  return json(reply, { status });
}
