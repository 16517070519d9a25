/**
 * Shared by the authorisation matrix and the fuzz test: the route files themselves (so a new route
 * is covered without anyone remembering), a signed-in browser per role, real parameters from the
 * seeded database, and a cheap fingerprint of everything stored.
 */
import fs from "node:fs";
import path from "node:path";
import { and, eq, ne } from "drizzle-orm";
import { connection, db } from "~db/client.server";
import {
  approaches,
  articles,
  assessments,
  procurementRules,
  products,
  providers,
  reviews,
  shortlistItems,
  userRoles,
  users,
} from "~db/schema";
import { getCurrentUserById, findUserIdByEmail, type CurrentUser } from "~/accounts/user.server";
import { createShortlist, getShortlist } from "~/shortlists/shortlist.server";
import { takeSnapshot } from "~/shortlists/evidence-pack.server";
import { createApproach } from "~/approaches/approach.server";
import { STARTING_CRITERIA } from "~/approaches/vocabulary";
import type { ProposedPurchase } from "~/procurement/purchase";
import { anonymous, signIn } from "../accounts/support";

export const ROUTES_DIR = path.resolve(__dirname, "../../app/routes");

export type RouteModule = { loader?: unknown; action?: unknown; default?: unknown };

/** Every route module file, by file name ("products.$slug.tsx"). */
export function routeFiles(): string[] {
  return fs
    .readdirSync(ROUTES_DIR)
    .filter((f) => /\.(tsx|ts)$/.test(f) && !/\.test\.tsx?$/.test(f))
    .sort();
}

export async function importRoute(file: string): Promise<RouteModule> {
  return (await import(path.join(ROUTES_DIR, file))) as RouteModule;
}

/** The URL path Remix's flat-routes convention gives a file, with `params` filled in. */
export function urlPathFor(file: string, params: Record<string, string>): string {
  const name = file.replace(/\.tsx?$/, "").replace(/\[\.\]/g, "\u0000");
  const segments = name
    .split(".")
    .filter((s) => s !== "_index")
    .map((s) => s.replace(/_$/, ""))
    .map((s) => (s.startsWith("$") ? encodeURIComponent(params[s.slice(1)] ?? "missing") : s));
  return `/${segments.join("/")}`.replace(/\u0000/g, ".");
}

export const ROLES = ["anonymous", "buyer", "agency staff", "provider rep", "editor", "admin"] as const;
export type RoleName = (typeof ROLES)[number];
const EMAILS: Record<Exclude<RoleName, "anonymous">, string> = {
  buyer: "buyer@example.com",
  "agency staff": "staff@finance.gov.au",
  "provider rep": "provider@example.com",
  editor: "editor@dta.gov.au",
  admin: "admin@example.com",
};

export type Browser = { role: RoleName; user: CurrentUser | null; cookie: string; csrf: string };

/** A fresh browser (new session) for `role`, from the seeded demo accounts. */
export function browserFor(role: RoleName): Browser {
  if (role === "anonymous") return { role, user: null, ...anonymous() };
  const id = findUserIdByEmail(EMAILS[role]);
  if (id === null) throw new Error(`Seed has no ${role} account (${EMAILS[role]})`);
  return { role, user: getCurrentUserById(id), ...signIn(id) };
}

export type Fixtures = {
  productSlug: string;
  /** A product of the provider the demo provider rep represents. */
  ownProductSlug: string;
  providerSlug: string;
  articleSlug: string;
  reviewId: string;
  ruleKey: string;
  shortlistId: string;
  /** A published assessment by an agency other than the demo agency staff member's. */
  assessmentId: string;
  /** The demo agency staff member's own draft assessment. */
  draftAssessmentId: string;
  reviewProviderId: number;
  /** The demo agency's seeded approaches to market, by state, and a draft made here. */
  openApproachId: string;
  closedApproachId: string;
  decidedApproachId: string;
  draftApproachId: string;
};

/** Real parameters: a product the provider rep does not represent, a published review, a buyer's shortlist. */
export function fixtures(): Fixtures {
  const repId = findUserIdByEmail(EMAILS["provider rep"])!;
  const repProvider =
    db()
      .select({ providerId: userRoles.providerId })
      .from(userRoles)
      .where(and(eq(userRoles.userId, repId), eq(userRoles.role, "provider_rep")))
      .get()?.providerId ?? -1;
  const product = db().select({ slug: products.slug }).from(products).where(ne(products.providerId, repProvider)).get()!;
  const ownProduct = db().select({ slug: products.slug }).from(products).where(eq(products.providerId, repProvider)).get();
  const provider = db().select({ slug: providers.slug }).from(providers).get()!;
  const article = db().select({ slug: articles.slug }).from(articles).where(eq(articles.status, "published")).get()!;
  // A review the provider rep may answer, when the sample has one, so replies reach validation.
  const published = db()
    .select({ id: reviews.id, providerId: products.providerId })
    .from(reviews)
    .innerJoin(products, eq(products.id, reviews.productId))
    .where(eq(reviews.status, "published"))
    .all();
  const review = published.find((r) => r.providerId === repProvider) ?? published[0];
  const rule = db().select({ key: procurementRules.key }).from(procurementRules).get()!;
  const buyer = findUserIdByEmail(EMAILS.buyer)!;
  const shortlistId = createShortlist({ userId: buyer, name: "Matrix shortlist" });
  // One product and a snapshot, so the evidence pack and its PDF and JSON have something to show.
  const listed = db().select({ id: products.id }).from(products).get()!;
  db().insert(shortlistItems).values({ shortlistId, productId: listed.id }).run();
  takeSnapshot({ shortlist: getShortlist({ id: shortlistId, userId: buyer })!, user: getCurrentUserById(buyer)!, purchase: null });
  const staff = db().select({ id: users.id, agencyId: users.agencyId }).from(users).where(eq(users.email, EMAILS["agency staff"])).get()!;
  const publishedAssessment = db()
    .select({ id: assessments.id })
    .from(assessments)
    .where(and(eq(assessments.status, "published"), ne(assessments.agencyId, staff.agencyId ?? -1)))
    .get();
  const draft = db()
    .select({ id: assessments.id })
    .from(assessments)
    .where(and(eq(assessments.status, "draft"), eq(assessments.userId, staff.id)))
    .get();
  const own = db()
    .select({ id: approaches.id, status: approaches.status, closesAt: approaches.closesAt, purchase: approaches.purchase })
    .from(approaches)
    .where(eq(approaches.agencyId, staff.agencyId ?? -1))
    .all();
  const now = new Date().toISOString();
  const approach = (test: (a: (typeof own)[number]) => boolean) => String(own.find(test)?.id ?? "no-such-approach");
  const draftApproachId = own[0]
    ? createApproach({
        owner: staff,
        agencyId: staff.agencyId!,
        shortlistId: null,
        purchase: own[0].purchase as unknown as ProposedPurchase,
        input: {
          title: "Matrix draft",
          requirement: "A draft for the matrix.",
          pricingBasis: "",
          closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString().replace(/\.\d{3}Z$/, "Z"),
          criteria: STARTING_CRITERIA.map((c) => ({ ...c })),
          productIds: [listed.id],
        },
        ip: null,
      })
    : "no-draft-approach";
  return {
    openApproachId: approach((a) => a.status === "open" && a.closesAt > now),
    closedApproachId: approach((a) => a.status === "open" && a.closesAt <= now),
    decidedApproachId: approach((a) => a.status === "decided"),
    draftApproachId: String(draftApproachId),
    productSlug: product.slug,
    ownProductSlug: ownProduct?.slug ?? "no-product-for-the-provider-rep",
    providerSlug: provider.slug,
    articleSlug: article.slug,
    reviewId: String(review.id),
    reviewProviderId: review.providerId,
    ruleKey: rule.key,
    shortlistId: String(shortlistId),
    assessmentId: String(publishedAssessment?.id ?? "no-published-assessment"),
    draftAssessmentId: String(draft?.id ?? "no-draft-assessment"),
  };
}

/** Row counts of every table plus the meta rows (data_version): what any change would move. */
export function fingerprint(ignore: readonly string[] = []): Record<string, unknown> {
  const { sqlite } = connection();
  const tables = (
    sqlite.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").all() as {
      name: string;
    }[]
  )
    .map((t) => t.name)
    .filter((t) => !ignore.includes(t));
  const counts: Record<string, unknown> = {};
  for (const t of tables) counts[t] = (sqlite.prepare(`select count(*) as n from "${t}"`).get() as { n: number }).n;
  if (!ignore.includes("meta")) counts["meta rows"] = sqlite.prepare("select key, value, number from meta order by key").all();
  return counts;
}
