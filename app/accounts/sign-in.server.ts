/**
 * Checking a password, with throttling. Unknown e-mail, wrong password and a locked account all
 * read the same to the visitor, so the form cannot be used to learn who has an account. Attempts
 * on unknown addresses count towards the same per-address limit, for the same reason. Only
 * failures count towards the limits: signing in correctly many times is never throttled.
 */
import { eq } from "drizzle-orm";
import { db } from "~db/client.server";
import { users } from "~db/schema";
import { passwordHashFor, normaliseEmail } from "./user.server";
import { audit } from "~/audit/audit.server";
import { hashPassword, verifyPassword } from "./password.server";
import { checkRateLimit, describeWait, recordAttempt } from "./rate-limit.server";

const SIGN_IN_FAILED = "The e-mail address or password is not right. Check them and try again.";
const LOCKOUT_FAILURES = 5;
const LOCKOUT_MS = 15 * 60_000;
const WINDOW_SECONDS = 15 * 60;
const SIGN_IN_LIMITS = { perIp: 10, perAccount: 5 };

function tooMany(seconds: number): string {
  return `Too many sign-in attempts. Wait ${describeWait(seconds)} and try again, or reset your password.`;
}

// Verifying against a throwaway hash keeps an unknown address as slow as a known one.
let decoy: Promise<string> | undefined;

export type SignInResult = { ok: true; userId: number } | { ok: false; message: string };

export async function attemptSignIn({
  ip: visitorIp,
  email,
  password,
}: {
  ip: string | null;
  email: string;
  password: string;
}): Promise<SignInResult> {
  const address = normaliseEmail(email);
  const ip = visitorIp ?? "unknown";
  const byIp = checkRateLimit({ bucket: "sign-in:ip", key: ip, limit: SIGN_IN_LIMITS.perIp, windowSeconds: WINDOW_SECONDS, record: false });
  if (!byIp.ok) return { ok: false, message: tooMany(byIp.retryAfterSeconds) };
  const byAccount = checkRateLimit({
    bucket: "sign-in:email",
    key: address,
    limit: SIGN_IN_LIMITS.perAccount,
    windowSeconds: WINDOW_SECONDS,
    record: false,
  });
  if (!byAccount.ok) return { ok: false, message: tooMany(byAccount.retryAfterSeconds) };
  const failed = (): SignInResult => {
    recordAttempt({ bucket: "sign-in:ip", key: ip });
    recordAttempt({ bucket: "sign-in:email", key: address });
    return { ok: false, message: SIGN_IN_FAILED };
  };

  const account = passwordHashFor(address);
  if (!account) {
    decoy ??= hashPassword("not a real password, only for timing");
    await verifyPassword(password, await decoy);
    return failed();
  }
  const now = Date.now();
  if (account.lockedUntil && Date.parse(account.lockedUntil) > now) {
    return { ok: false, message: tooMany((Date.parse(account.lockedUntil) - now) / 1000) };
  }
  if (!(await verifyPassword(password, account.passwordHash))) {
    const failures = account.failedSignIns + 1;
    const lock = failures >= LOCKOUT_FAILURES;
    db()
      .update(users)
      .set(lock ? { failedSignIns: 0, lockedUntil: new Date(now + LOCKOUT_MS).toISOString() } : { failedSignIns: failures })
      .where(eq(users.id, account.id))
      .run();
    const result = failed();
    if (lock) {
      audit({ ip, actor: null, action: "user.locked", entity: "user", entityId: account.id, details: { minutes: LOCKOUT_MS / 60_000 } });
      return { ok: false, message: tooMany(LOCKOUT_MS / 1000) };
    }
    return result;
  }
  db().update(users).set({ failedSignIns: 0, lockedUntil: null }).where(eq(users.id, account.id)).run();
  audit({ ip, actor: { id: account.id }, action: "user.signed_in", entity: "user", entityId: account.id });
  return { ok: true, userId: account.id };
}
