/**
 * The one permission check. Pure, so that loaders, actions and components ask the same question.
 * An administrator passes every role check: admins can do anything any other role can.
 */
import type { Role } from "./roles";

export function hasRole(user: { roles: readonly Role[] } | null | undefined, role: Role | readonly Role[]): boolean {
  if (!user) return false;
  if (user.roles.includes("admin")) return true;
  const wanted: readonly Role[] = typeof role === "string" ? [role] : role;
  return wanted.some((r) => user.roles.includes(r));
}

export const ROLE_LABELS: Record<Role, string> = {
  buyer: "Buyer",
  agency_staff: "Agency staff",
  provider_rep: "Provider representative",
  editor: "Editor",
  admin: "Administrator",
};
