/**
 * Reading a FormReply (conform's SubmissionResult, made by forms.server.ts) on the page: the message
 * for each field, what the person typed, and the list the error summary shows. Conform's own React
 * hook would do this and add client-side validation, at 9 KB of JavaScript on every form page and
 * zod in the browser (decision 007); the server is the one validator, so this reads its answer.
 */
import type { SubmissionResult } from "@conform-to/dom";

/** Conform's result, plus the sentence to show when the action succeeded in place. */
export type FormReply = SubmissionResult<string[]> & { notice?: string };

/** Problems keyed by field name ("" for the whole form): what a data module answers when it refuses input. */
export type FieldErrors = Record<string, string>;

export interface FormErrorEntry {
  /** The field's name, which is also its input's id; "" for a problem with the whole form. */
  name: string;
  message: string;
}

export interface ReplyReader {
  /** The first message for a field, if it was refused. */
  error(name: string): string | undefined;
  invalid(name: string): boolean;
  /** What the person typed into a field, to put back; undefined before the first submission. */
  value(name: string): string | undefined;
  /** Every value typed under one name (checkbox groups, multiple selects). */
  values(name: string): string[];
  /** Every message, in the order the form's fields were checked. */
  errors: FormErrorEntry[];
  submitted: boolean;
  /** The action accepted the form and answered in place (forms.server.ts accept()). */
  succeeded: boolean;
  /** What the action says it did, when it succeeded in place. */
  notice: string | undefined;
  /**
   * The props a design-system input needs for one field: its id and name, the message, and what to
   * show in it (what was typed after a refusal, else `initial`).
   */
  field(name: string, initial?: string): { id: string; name: string; invalid: boolean; message: string | undefined; defaultValue: string };
}

function isReply(value: unknown): value is FormReply {
  return typeof value === "object" && value !== null && ("error" in value || "initialValue" in value || "status" in value);
}

export function readReply(reply: unknown): ReplyReader {
  const r: FormReply | null = isReply(reply) ? reply : null;
  const typed = (r?.initialValue ?? {}) as Record<string, unknown>;
  const errors: FormErrorEntry[] = Object.entries(r?.error ?? {}).flatMap(([name, messages]) =>
    messages && messages.length > 0 ? [{ name, message: messages[0] }] : [],
  );
  const at = (name: string): unknown =>
    name
      .split(/\.|\[(\d+)\]/)
      .filter(Boolean)
      .reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], typed);
  const value = (name: string): string | undefined => {
    const v = name in typed ? typed[name] : at(name);
    return typeof v === "string" ? v : Array.isArray(v) && typeof v[0] === "string" ? v[0] : undefined;
  };
  const error = (name: string) => errors.find((e) => e.name === name)?.message;
  return {
    error,
    invalid: (name) => errors.some((e) => e.name === name),
    value,
    values: (name) => {
      const v = name in typed ? typed[name] : at(name);
      return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : typeof v === "string" ? [v] : [];
    },
    errors,
    submitted: r !== null,
    succeeded: r?.status === "success",
    notice: r?.status === "success" && typeof r.notice === "string" ? r.notice : undefined,
    field: (name, initial = "") => ({
      id: name,
      name,
      invalid: error(name) !== undefined,
      message: error(name),
      defaultValue: r ? (value(name) ?? "") : initial,
    }),
  };
}
