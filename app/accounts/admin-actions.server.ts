/** The changes an administrator makes on /admin/users, each audited. */
import { z } from "zod";
import {
  approveProviderRequest,
  countAdmins,
  GRANTABLE_ROLES,
  grantRole,
  rejectProviderRequest,
  revokeRole,
  userExists,
} from "./admin-users.server";
import type { CurrentUser } from "./user.server";
import { audit } from "~/audit/audit.server";

const id = z.coerce.number().int().positive();
const role = z.enum(GRANTABLE_ROLES);

export function handleAdminUserAction({ ip, admin, formData }: { ip: string | null; admin: CurrentUser; formData: FormData }): {
  notice?: string;
  errors?: Record<string, string>;
} {
  const intent = formData.get("intent");
  if (intent === "approve-provider" || intent === "reject-provider") {
    const requestId = id.safeParse(formData.get("requestId"));
    if (!requestId.success) return { errors: { "": "That request was not found." } };
    const approve = intent === "approve-provider";
    const changed = approve
      ? approveProviderRequest({ requestId: requestId.data, approvedBy: admin.id })
      : rejectProviderRequest({ requestId: requestId.data });
    if (!changed) return { errors: { "": "That request has already been dealt with." } };
    audit({
      ip,
      actor: admin,
      action: approve ? "role.approved" : "role.rejected",
      entity: "user_role",
      entityId: requestId.data,
      details: { role: "provider_rep", userId: changed.userId, providerId: changed.providerId },
    });
    return { notice: approve ? "The provider representative has been approved." : "The request has been declined." };
  }
  if (intent === "grant-role" || intent === "revoke-role") {
    const userId = id.safeParse(formData.get("userId"));
    const which = role.safeParse(formData.get("role"));
    if (!userId.success || !which.success || !userExists(userId.data)) return { errors: { "": "That person or role was not found." } };
    if (intent === "grant-role") {
      if (!grantRole({ userId: userId.data, role: which.data, grantedBy: admin.id })) return { notice: "They already have that role." };
    } else {
      // The last administrator cannot be removed, or nobody could grant the role again.
      if (which.data === "admin" && countAdmins() <= 1) return { errors: { "": "There must always be at least one administrator." } };
      if (!revokeRole({ userId: userId.data, role: which.data })) return { notice: "They did not have that role." };
    }
    audit({
      ip,
      actor: admin,
      action: intent === "grant-role" ? "role.granted" : "role.revoked",
      entity: "user",
      entityId: userId.data,
      details: { role: which.data },
    });
    return { notice: intent === "grant-role" ? `Role ${which.data} granted.` : `Role ${which.data} removed.` };
  }
  return { errors: { "": "That action is not available here." } };
}
