/**
 * A small world for review tests, built directly in the database: two providers, a product of the
 * first, an agency, and one person per role (plus another provider's representative).
 */
import { eq } from "drizzle-orm";
import { db } from "~db/client.server";
import { agencies, products, providers, reviews, users } from "~db/schema";
import { anonymous, makeUser, postForm, signIn } from "../accounts/support";

export type Browser = { cookie: string; csrf: string | null };

export async function buildWorld(tag: string) {
  const providerA = db()
    .insert(providers)
    .values({ slug: `${tag}-prov-a`, name: `${tag} Provider A` })
    .returning({ id: providers.id })
    .get().id;
  const providerB = db()
    .insert(providers)
    .values({ slug: `${tag}-prov-b`, name: `${tag} Provider B` })
    .returning({ id: providers.id })
    .get().id;
  const product = db()
    .insert(products)
    .values({ slug: `${tag}-product`, providerId: providerA, name: `${tag} Product`, serviceModel: "SaaS", listedOn: "2024-01-01" })
    .returning({ id: products.id, slug: products.slug })
    .get();
  const agencyId = db()
    .insert(agencies)
    .values({ slug: `${tag}-agency`, name: `${tag} Agency` })
    .returning({ id: agencies.id })
    .get().id;
  const staffUser = async (local: string) => {
    const id = await makeUser({ email: `${local}@${tag}.gov.au`, displayName: `${local} person` });
    db().update(users).set({ agencyId }).where(eq(users.id, id)).run();
    return id;
  };
  const ids = {
    buyer: await makeUser({ email: `buyer-${tag}@example.org` }),
    staff: await staffUser("staff"),
    author: await staffUser("author"),
    rep: await makeUser({ email: `rep-${tag}@provider-a.example.org`, roles: ["provider_rep"], providerId: providerA }),
    otherRep: await makeUser({ email: `rep-${tag}@provider-b.example.org`, roles: ["provider_rep"], providerId: providerB }),
    editor: await makeUser({ email: `editor-${tag}@example.org`, roles: ["editor"] }),
    admin: await makeUser({ email: `admin-${tag}@example.org`, roles: ["admin"] }),
  };
  return { providerA, providerB, product, agencyId, ids, staffUser };
}

export const ROLES = ["anonymous", "buyer", "staff", "rep", "otherRep", "editor", "admin"] as const;
export type RoleName = (typeof ROLES)[number];

export function browserFor(role: RoleName, ids: Record<Exclude<RoleName, "anonymous">, number>): Browser {
  return role === "anonymous" ? anonymous() : signIn(ids[role]);
}

export const VALID_REVIEW = {
  overall: "4",
  ratingSecurity: "5",
  ratingSupport: "3",
  ratingValue: "4",
  ratingOnboarding: "",
  ratingExit: "2",
  title: "Reliable, slow support",
  pros: "Reliable platform with clear IRAP evidence.\nGood APIs.",
  cons: "Support takes days to answer tickets.",
  useCase: "Case management for a regulatory team.",
  dataClassification: "OFFICIAL: Sensitive",
  deploymentSize: "50-500 users",
  monthsInUse: "14",
  conflict: "none",
  conflictDetails: "",
};

/** Calls a route function the way Remix does; a thrown Response is returned as the answer. */
export async function call(
  fn: (args: never) => Promise<Response>,
  request: Request,
  params: Record<string, string> = {},
): Promise<Response> {
  try {
    return await fn({ request, params, context: {} } as never);
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

export function post(path: string, fields: Record<string, string>, browser: Browser) {
  return postForm(`http://test${path}`, fields, browser);
}

export function get(path: string, browser: Browser) {
  return new Request(`http://test${path}`, { headers: { cookie: browser.cookie } });
}

/** A review written straight into the database, already published unless told otherwise. */
export function insertReview({
  productId,
  userId,
  status = "published",
  overall = 4,
}: {
  productId: number;
  userId: number;
  status?: string;
  overall?: number;
}) {
  return db()
    .insert(reviews)
    .values({
      productId,
      userId,
      status,
      overall,
      pros: "Fast to provision and well documented.",
      cons: "Pricing is hard to predict.",
      useCase: "Document collaboration.",
      dataClassification: "OFFICIAL",
      deploymentSize: "Fewer than 50 users",
      monthsInUse: 8,
      conflictOfInterest: "none",
      publishedAt: status === "published" ? new Date().toISOString() : null,
    })
    .returning({ id: reviews.id })
    .get().id;
}

export const isLoginRedirect = (res: Response) => res.status === 302 && (res.headers.get("Location") ?? "").startsWith("/login");
