/**
 * What the account and provider forms show: field-error shape, the password rule's number, and
 * the raw form values. The zod schemas that check a submission are in forms.server.ts, because
 * only actions run them and zod would otherwise ship to every page with a form.
 */
export type FieldErrors = Record<string, string | undefined>;

export function formValues(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData) if (typeof value === "string") out[key] = value;
  return out;
}

export const PASSWORD_MIN = 12;
