/** The roles a person can hold; permissions.ts says what each may do. */
export const ROLES = ["buyer", "agency_staff", "provider_rep", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];
