/** What a signed-in person can change on /account, told apart by the form's `intent`. */
import { z } from "zod";
import {
  agencyExists,
  type CurrentUser,
  destroyUserSessions,
  listAgencies,
  providerExists,
  requestProviderRole,
  setAgency,
} from "./user.server";
import { audit } from "~/audit/audit.server";
import { checkRateLimit } from "./rate-limit.server";
import { sendVerificationEmail } from "./verification.server";

/** Problems are keyed by the field they concern ("" for the whole form). */
export type AccountActionResult = { notice?: string; errors?: Record<string, string>; signedOut?: boolean };

export function agencyChoices() {
  return listAgencies();
}

const id = z.coerce.number().int().positive();

/**
 * The caller has already checked the form's CSRF token. `signedOut` asks the route to end this
 * browser's session too, after every other session of the account has ended here.
 */
export function handleAccountAction({
  ip,
  user,
  formData,
}: {
  ip: string | null;
  user: CurrentUser;
  formData: FormData;
}): AccountActionResult {
  switch (formData.get("intent")) {
    case "resend-verification": {
      if (user.emailVerified) return { notice: "Your e-mail address is already confirmed." };
      const limit = checkRateLimit({ bucket: "verify-resend", key: String(user.id), limit: 3, windowSeconds: 3600 });
      if (!limit.ok)
        return { errors: { "": "We have sent several e-mails in the last hour. Check your inbox and junk folder, or try again later." } };
      sendVerificationEmail({ userId: user.id });
      return { notice: `We have sent a new confirmation link to ${user.email}.` };
    }
    case "set-agency": {
      if (!user.roles.includes("agency_staff"))
        return { errors: { "": "Only agency staff with a confirmed government e-mail address can choose an agency." } };
      const agencyId = id.safeParse(formData.get("agencyId"));
      if (!agencyId.success || !agencyExists(agencyId.data)) return { errors: { agencyId: "Choose your agency from the list." } };
      setAgency({ userId: user.id, agencyId: agencyId.data });
      audit({ ip, actor: user, action: "user.agency_set", entity: "user", entityId: user.id, details: { agencyId: agencyId.data } });
      return { notice: "Your agency has been saved." };
    }
    case "request-provider": {
      const providerId = id.safeParse(formData.get("providerId"));
      if (!providerId.success || !providerExists(providerId.data))
        return { errors: { providerId: "Choose the provider you represent from the list." } };
      const requestId = requestProviderRole({ userId: user.id, providerId: providerId.data });
      if (requestId === null) return { errors: { providerId: "You have already asked to represent this provider." } };
      audit({
        ip,
        actor: user,
        action: "role.requested",
        entity: "user_role",
        entityId: requestId,
        details: { role: "provider_rep", providerId: providerId.data },
      });
      return { notice: "Your request has been sent. An administrator will check it." };
    }
    case "sign-out-everywhere": {
      const ended = destroyUserSessions(user.id);
      audit({
        ip,
        actor: user,
        action: "user.signed_out_everywhere",
        entity: "user",
        entityId: user.id,
        details: { sessionsEnded: ended },
      });
      return { signedOut: true };
    }
    default:
      return { errors: { "": "That action is not available here." } };
  }
}
