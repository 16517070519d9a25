/**
 * Agency-staff accounts for write load: created straight in the database (verified *.gov.au
 * addresses), then signed in through the real /login form, as a browser would, so every write
 * carries a genuine session cookie and CSRF token.
 */
import type http from "node:http";
import Database from "better-sqlite3";
import { hashPassword } from "../../app/accounts/password.server";
import { mergeCookies, request } from "./http";

const LOAD_PASSWORD = "load-test password 2026";

export interface Reviewer {
  id: number;
  email: string;
  cookie: string;
  csrf: string;
}

export async function createReviewers(databasePath: string, count: number, prefix = "load"): Promise<{ id: number; email: string }[]> {
  const hash = await hashPassword(LOAD_PASSWORD);
  const sqlite = new Database(databasePath);
  sqlite.pragma("busy_timeout = 5000");
  try {
    const agency = sqlite.prepare("select id from agencies order by id limit 1").get() as { id: number } | undefined;
    if (!agency) throw new Error("the seed has no agencies");
    const insert = sqlite.prepare(
      "insert into users (email, password_hash, display_name, agency_id, email_verified_at) values (?, ?, ?, ?, ?) returning id",
    );
    const now = new Date().toISOString();
    return sqlite.transaction(() =>
      Array.from({ length: count }, (_, i) => {
        const email = `${prefix}-${i}@load.gov.au`;
        const row = insert.get(email, hash, `Load tester ${i}`, agency.id, now) as { id: number };
        return { id: row.id, email };
      }),
    )();
  } finally {
    sqlite.close();
  }
}

const csrfOf = (cookie: string) => /(?:^|;\s*)cx_csrf=([^;]*)/.exec(cookie)?.[1] ?? "";

async function signInThroughForm(agent: http.Agent, base: string, user: { id: number; email: string }): Promise<Reviewer> {
  const page = await request(agent, `${base}/login`);
  let cookie = mergeCookies("", page.headers["set-cookie"]);
  const csrf = csrfOf(cookie);
  const res = await request(agent, `${base}/login`, {
    headers: { cookie },
    form: { csrf, email: user.email, password: LOAD_PASSWORD, redirectTo: "/account" },
  });
  if (res.status !== 302) throw new Error(`sign-in for ${user.email} answered ${res.status}`);
  // Signing in issues a fresh CSRF token bound to the new session.
  cookie = mergeCookies(cookie, res.headers["set-cookie"]);
  return { ...user, cookie, csrf: csrfOf(cookie) };
}

export async function signInAll(
  agent: http.Agent,
  base: string,
  users: { id: number; email: string }[],
  parallel = 4,
): Promise<Reviewer[]> {
  const out: Reviewer[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < users.length) out.push(await signInThroughForm(agent, base, users[next++]));
    }),
  );
  return out;
}

export function reviewForm(csrf: string, n: number): Record<string, string> {
  return {
    csrf,
    overall: String(1 + (n % 5)),
    title: `Load review ${n}`,
    pros: "Stable under load and quick to onboard.",
    cons: "Reporting could be more detailed for auditors.",
    useCase: "Case management for a small team of analysts.",
    dataClassification: "OFFICIAL",
    deploymentSize: "50-500 users",
    monthsInUse: "12",
    conflict: "none",
    conflictDetails: "",
  };
}

export function productSlugs(databasePath: string): { id: number; slug: string }[] {
  const sqlite = new Database(databasePath);
  try {
    return sqlite.prepare("select id, slug from products order by id").all() as { id: number; slug: string }[];
  } finally {
    sqlite.close();
  }
}

/** Which of the acknowledged (user, product) reviews are missing from the database. */
export function missingReviews(
  databasePath: string,
  acknowledged: { userId: number; productId: number }[],
): { userId: number; productId: number }[] {
  const sqlite = new Database(databasePath);
  try {
    const find = sqlite.prepare("select 1 from reviews where user_id = ? and product_id = ?");
    return acknowledged.filter((a) => find.get(a.userId, a.productId) === undefined);
  } finally {
    sqlite.close();
  }
}

export function integrityCheck(databasePath: string): string {
  const sqlite = new Database(databasePath);
  try {
    return (sqlite.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check).join("; ");
  } finally {
    sqlite.close();
  }
}
