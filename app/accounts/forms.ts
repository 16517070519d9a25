/**
 * What the account pages show about their forms: the password rule's number. The zod schemas
 * that check a submission are in forms.server.ts, because only actions run them and zod would
 * otherwise ship to every page with a form.
 */
export const PASSWORD_MIN = 12;
