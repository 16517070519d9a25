/**
 * The authorisation matrix: every route file in app/routes, against every role. The table below is
 * the one place that says who may see each route and who may post to it; a route file missing from
 * it fails the test, so a new route cannot ship without a decision about its access.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~db/client.server";
import { hasRole } from "~/accounts/permissions";
import { CSRF_MESSAGE } from "~/accounts/csrf.server";
import { seedDatabase } from "../../seed/seed";
import { run } from "../accounts/support";
import {
  browserFor,
  fingerprint,
  fixtures,
  importRoute,
  ROLES,
  routeFiles,
  urlPathFor,
  type Browser,
  type Fixtures,
  type RoleName,
} from "./support";

/**
 * public: everyone gets 2xx. signed-in: anyone signed in. agency-staff: the user's own
 * agency_staff role (reviews are attributed, so admin does not imply it). editor / admin: hasRole
 * (admin passes every check). owner: the buyer who owns the shortlist. provider: an approved
 * provider representative (admin does not imply it: they act for one provider). review-provider:
 * the representative of the reviewed product's provider. guest: sign-in pages, which send a signed-in
 * visitor on. token: only works with an e-mailed token, so 400 without one. post-only: 405 to GET.
 * benchmark: 404 for everyone unless a benchmark turned it on (ENABLE_BENCH_ROUTES).
 * redirect: a GET just redirects (logout is a POST). secret-link: the address carries a secret
 * that is the only key (an unsubscribe link, a personal feed), so 404 for everyone without it; its
 * POST (one-click unsubscribe, from a mail client with no cookie) needs no CSRF field, and answers
 * 404 and stores nothing without the secret. government: agency staff and administrators (hasRole
 * agency_staff), who may read other agencies' published assessments. assessment-author: only the
 * demo staff member, who wrote the draft. staff: the agency_staff role, with or without an agency
 * chosen yet (the page tells them to choose one). none: the module has no loader / action.
 */
type Access =
  | "public"
  | "signed-in"
  | "agency-staff"
  | "editor"
  | "admin"
  | "owner"
  | "provider"
  | "review-provider"
  | "guest"
  | "token"
  | "post-only"
  | "redirect"
  | "benchmark"
  | "secret-link"
  | "government"
  | "assessment-author"
  | "staff"
  | "none";
type Spec = { loader: Access; action: Access; params?: (f: Fixtures) => Record<string, string> };

const product = (f: Fixtures) => ({ slug: f.productSlug });
const article = (f: Fixtures) => ({ slug: f.articleSlug });
const review = (f: Fixtures) => ({ id: f.reviewId });
const shortlist = (f: Fixtures) => ({ id: f.shortlistId });
const assessment = (f: Fixtures) => ({ id: f.assessmentId });

const ROUTES: Record<string, Spec> = {
  "_index.tsx": { loader: "public", action: "none" },
  "account.tsx": { loader: "signed-in", action: "signed-in" },
  "account_.notifications.tsx": { loader: "signed-in", action: "signed-in" },
  "admin._index.tsx": { loader: "admin", action: "none" },
  "admin.approvals.tsx": { loader: "editor", action: "editor" },
  "admin.audit.tsx": { loader: "admin", action: "none" },
  "admin.domains.tsx": { loader: "admin", action: "admin" },
  "admin.moderation.tsx": { loader: "admin", action: "admin" },
  "admin.outbox.tsx": { loader: "admin", action: "admin" },
  "admin.users.tsx": { loader: "admin", action: "admin" },
  "api.products.$slug.tsx": { loader: "public", action: "none", params: product },
  "api.products.tsx": { loader: "public", action: "none" },
  "agency._index.tsx": { loader: "agency-staff", action: "agency-staff" },
  "agency.summary.tsx": { loader: "agency-staff", action: "none" },
  "api.assessments.tsx": { loader: "public", action: "none" },
  "api.assessments[.]csv.tsx": { loader: "public", action: "none" },
  "api.prices.tsx": { loader: "public", action: "none" },
  "api.prices[.]csv.tsx": { loader: "public", action: "none" },
  // The "Was this helpful?" answer is public; status changes need an editor (test/articles).
  "articles.$slug.tsx": { loader: "public", action: "public", params: article },
  "articles.$slug_.edit.tsx": { loader: "editor", action: "editor", params: article },
  "api.outcomes.tsx": { loader: "public", action: "none" },
  "api.outcomes[.]atom.tsx": { loader: "public", action: "none" },
  "api.outcomes[.]csv.tsx": { loader: "public", action: "none" },
  // Approaches to market: the demo agency's staff member runs them; every one else is told they do
  // not exist (404) or may not (403). Owner-only and evaluator-only steps are in test/approaches.
  "approaches._index.tsx": { loader: "agency-staff", action: "none" },
  "approaches.new.tsx": { loader: "agency-staff", action: "agency-staff" },
  "approaches.$id.tsx": { loader: "agency-staff", action: "agency-staff", params: (f) => ({ id: f.openApproachId }) },
  "approaches.$id_.edit.tsx": { loader: "agency-staff", action: "agency-staff", params: (f) => ({ id: f.draftApproachId }) },
  "approaches.$id_.evaluate.tsx": { loader: "agency-staff", action: "agency-staff", params: (f) => ({ id: f.closedApproachId }) },
  "approaches.$id_.decision.tsx": { loader: "agency-staff", action: "agency-staff", params: (f) => ({ id: f.decidedApproachId }) },
  "approaches.$id_.record[.]json.tsx": { loader: "agency-staff", action: "none", params: (f) => ({ id: f.decidedApproachId }) },
  "approaches.$id_.record[.]pdf.tsx": { loader: "agency-staff", action: "none", params: (f) => ({ id: f.decidedApproachId }) },
  "articles.$slug_.history.tsx": { loader: "editor", action: "none", params: article },
  "articles._index.tsx": { loader: "public", action: "none" },
  "articles.feed[.]xml.tsx": { loader: "public", action: "none" },
  "articles.manage.tsx": { loader: "editor", action: "none" },
  "articles.new.tsx": { loader: "editor", action: "editor" },
  "articles.preview.tsx": { loader: "post-only", action: "editor" },
  "assessments.$id.tsx": { loader: "government", action: "agency-staff", params: assessment },
  "assessments.$id_.edit.tsx": { loader: "assessment-author", action: "assessment-author", params: (f) => ({ id: f.draftAssessmentId }) },
  "assessments._index.tsx": { loader: "staff", action: "none" },
  "badges.tsx": { loader: "none", action: "none" },
  // The load test's baseline page: reads nothing, shows nothing, and is served only to benchmarks.
  "bench.minimal.tsx": { loader: "benchmark", action: "none" },
  "community.tsx": { loader: "public", action: "none" },
  "compare.tsx": { loader: "public", action: "public" },
  "data-dictionary.tsx": { loader: "none", action: "none" },
  // Enabled outside production only (and by ENABLE_DEV_MAILBOX for the browser tests).
  "dev.mailbox.tsx": { loader: "public", action: "none" },
  "feed.$key.tsx": { loader: "secret-link", action: "none", params: () => ({ key: "1.not-the-secret-of-anyone-at-all" }) },
  "forgot-password.tsx": { loader: "none", action: "public" },
  "framework._index.tsx": { loader: "public", action: "none" },
  "framework.new.tsx": { loader: "editor", action: "editor" },
  "framework.versions.$version.tsx": { loader: "public", action: "none", params: () => ({ version: "1" }) },
  "insights.tsx": { loader: "public", action: "none" },
  "join.tsx": { loader: "guest", action: "public" },
  "login.tsx": { loader: "guest", action: "public" },
  "logout.tsx": { loader: "redirect", action: "public" },
  "products.$slug.tsx": { loader: "public", action: "none", params: product },
  "products.$slug_.assess.tsx": { loader: "agency-staff", action: "agency-staff", params: product },
  "products.$slug_.assessments.tsx": { loader: "public", action: "none", params: product },
  "products.$slug_.duties.tsx": { loader: "public", action: "none", params: product },
  "products.$slug_.history.tsx": { loader: "public", action: "none", params: product },
  "products.$slug_.prices.tsx": { loader: "public", action: "none", params: product },
  "products.$slug_.responsibility.tsx": { loader: "admin", action: "admin", params: product },
  "products.$slug_.review.tsx": { loader: "agency-staff", action: "agency-staff", params: product },
  "products._index.tsx": { loader: "public", action: "none" },
  "products.export[.]csv.tsx": { loader: "public", action: "none" },
  "provider._index.tsx": { loader: "provider", action: "none" },
  "provider.products.$slug.tsx": { loader: "provider", action: "provider", params: (f) => ({ slug: f.ownProductSlug }) },
  "provider.approaches._index.tsx": { loader: "provider", action: "none" },
  // The demo provider is invited to the open approach.
  "provider.approaches.$id.tsx": { loader: "provider", action: "provider", params: (f) => ({ id: f.openApproachId }) },
  "provider.profile.tsx": { loader: "provider", action: "provider" },
  "provider.products.$slug_.badges.tsx": { loader: "provider", action: "provider", params: (f) => ({ slug: f.ownProductSlug }) },
  "provider.products.$slug_.prices.tsx": { loader: "provider", action: "provider", params: (f) => ({ slug: f.ownProductSlug }) },
  "provider.products.$slug_.documents.tsx": { loader: "provider", action: "provider", params: (f) => ({ slug: f.ownProductSlug }) },
  "provider.products.$slug_.responsibility.tsx": { loader: "provider", action: "provider", params: (f) => ({ slug: f.ownProductSlug }) },
  "providers.$slug.tsx": { loader: "public", action: "none", params: (f) => ({ slug: f.providerSlug }) },
  "providers._index.tsx": { loader: "public", action: "none" },
  "purchase.tsx": { loader: "public", action: "public" },
  "purchase_.estimate.tsx": { loader: "public", action: "public" },
  "readyz.tsx": { loader: "public", action: "none" },
  "requirements.tsx": { loader: "public", action: "signed-in" },
  "reset-password.tsx": { loader: "token", action: "public" },
  "reviews.$id.reply.tsx": { loader: "review-provider", action: "review-provider", params: review },
  "reviews.$id.report.tsx": { loader: "signed-in", action: "signed-in", params: review },
  "reviews.$id.vote.tsx": { loader: "none", action: "signed-in", params: review },
  "rules.$key.tsx": { loader: "public", action: "editor", params: (f) => ({ key: f.ruleKey }) },
  "rules._index.tsx": { loader: "public", action: "none" },
  "search.suggest.tsx": { loader: "public", action: "none" },
  "search.tsx": { loader: "public", action: "none" },
  "shortlists.$id.export[.]csv.tsx": { loader: "owner", action: "none", params: shortlist },
  "shortlists.$id.tsx": { loader: "owner", action: "owner", params: shortlist },
  "shortlists.$id_.evidence-pack.tsx": { loader: "owner", action: "owner", params: shortlist },
  "shortlists.$id_.evidence-pack[.]json.tsx": { loader: "owner", action: "none", params: shortlist },
  "shortlists.$id_.evidence-pack[.]pdf.tsx": { loader: "owner", action: "none", params: shortlist },
  "shortlists._index.tsx": { loader: "signed-in", action: "signed-in" },
  "sitemap[.]xml.tsx": { loader: "public", action: "none" },
  "unsubscribe.$token.tsx": { loader: "secret-link", action: "secret-link", params: () => ({ token: "A".repeat(43) }) },
  "verify-email.tsx": { loader: "token", action: "none" },
  "watches.tsx": { loader: "redirect", action: "signed-in" },
  "whats-new._index.tsx": { loader: "public", action: "none" },
  "whats-new.feed[.]xml.tsx": { loader: "public", action: "none" },
};

let f: Fixtures;
const browsers = {} as Record<RoleName, Browser>;

beforeAll(async () => {
  await seedDatabase({ db: db() });
  f = fixtures();
  for (const role of ROLES) browsers[role] = browserFor(role);
}, 120_000);

function allowed(access: Access, b: Browser): boolean {
  const u = b.user;
  switch (access) {
    case "signed-in":
      return u !== null;
    case "agency-staff":
      return !!u && u.roles.includes("agency_staff") && u.agencyId !== null;
    case "editor":
      return hasRole(u, "editor");
    case "admin":
      return hasRole(u, "admin");
    case "owner":
      return b.role === "buyer";
    case "provider":
      return !!u && u.roles.includes("provider_rep") && u.providerId !== null;
    case "government":
      return hasRole(u, "agency_staff");
    case "staff":
      return !!u && u.roles.includes("agency_staff");
    case "assessment-author":
      return b.role === "agency staff";
    case "review-provider":
      return !!u && u.roles.includes("provider_rep") && u.providerId === f.reviewProviderId;
    default:
      return true;
  }
}

/** What a refused visitor gets: anonymous people are sent to sign in, others get 403 or 404. */
function expectRefused(res: Response, b: Browser, path: string) {
  if (b.user === null) {
    expect(res.status, `${b.role} ${path}`).toBe(302);
    expect(res.headers.get("location"), `${b.role} ${path}`).toMatch(/^\/login\?redirectTo=/);
  } else {
    expect([403, 404], `${b.role} ${path}`).toContain(res.status);
  }
}

describe("the route table", () => {
  it("declares the access of every route file, and nothing else", () => {
    const files = routeFiles();
    expect(
      files.filter((file) => !(file in ROUTES)),
      "route files missing from the access table",
    ).toEqual([]);
    expect(
      Object.keys(ROUTES).filter((file) => !files.includes(file)),
      "table entries without a route file",
    ).toEqual([]);
  });

  it("says 'none' exactly where a module has no loader or no action", async () => {
    for (const file of routeFiles()) {
      const mod = await importRoute(file);
      expect(typeof mod.loader === "function", `${file} loader`).toBe(ROUTES[file]?.loader !== "none");
      expect(typeof mod.action === "function", `${file} action`).toBe(ROUTES[file]?.action !== "none");
    }
  });
});

describe.each(ROLES)("as %s", (role) => {
  it.each(Object.keys(ROUTES).filter((file) => ROUTES[file].loader !== "none"))("GET %s answers as the table says", async (file) => {
    const spec = ROUTES[file];
    const b = browsers[role];
    const params = spec.params?.(f) ?? {};
    const path = urlPathFor(file, params);
    const { loader } = await importRoute(file);
    const res = await run(loader, new Request(`http://test${path}`, { headers: { cookie: b.cookie } }), params);
    switch (spec.loader) {
      case "guest":
        if (b.user) expect(res.status, path).toBe(302);
        else expect(res.status, path).toBe(200);
        return;
      case "token":
        return expect(res.status, path).toBe(400);
      case "post-only":
        return expect(res.status, path).toBe(405);
      case "redirect":
        return expect(res.status, path).toBe(302);
      case "benchmark":
      case "secret-link":
        return expect(res.status, path).toBe(404);
    }
    if (allowed(spec.loader, b)) expect(res.status, `${role} ${path}: ${res.status === 200 ? "" : await res.text()}`).toBe(200);
    else expectRefused(res, b, path);
  });

  it.each(Object.keys(ROUTES).filter((file) => ROUTES[file].action === "secret-link"))(
    "POST %s without its secret: 404, nothing stored",
    async (file) => {
      const params = ROUTES[file].params?.(f) ?? {};
      const { action } = await importRoute(file);
      const before = fingerprint();
      const res = await run(
        action,
        new Request(`http://test${urlPathFor(file, params)}`, {
          method: "POST",
          body: "List-Unsubscribe=One-Click",
          headers: { cookie: browsers[role].cookie, "content-type": "application/x-www-form-urlencoded" },
        }),
        params,
      );
      expect(res.status).toBe(404);
      expect(fingerprint()).toEqual(before);
    },
  );

  it.each(Object.keys(ROUTES).filter((file) => !["none", "secret-link"].includes(ROUTES[file].action)))(
    "POST %s without a CSRF token: 403, nothing stored",
    async (file) => {
      const spec = ROUTES[file];
      const b = browsers[role];
      const params = spec.params?.(f) ?? {};
      const path = urlPathFor(file, params);
      const { action } = await importRoute(file);
      const before = fingerprint();
      const body = new URLSearchParams({ intent: "delete", name: "x", body: "x", email: "x@example.com", password: "x" });
      const res = await run(
        action,
        new Request(`http://test${path}`, {
          method: "POST",
          body,
          headers: { cookie: b.cookie, "content-type": "application/x-www-form-urlencoded" },
        }),
        params,
      );
      expect(res.status, `${role} ${path}`).toBe(403);
      expect(await res.text()).toBe(CSRF_MESSAGE);
      expect(fingerprint(), `${role} ${path}`).toEqual(before);
    },
  );

  it.each(Object.keys(ROUTES).filter((file) => !["none", "public", "secret-link"].includes(ROUTES[file].action)))(
    "POST %s with a valid token is refused to roles without access",
    async (file) => {
      const spec = ROUTES[file];
      const b = browsers[role];
      if (allowed(spec.action, b)) return;
      const params = spec.params?.(f) ?? {};
      const path = urlPathFor(file, params);
      const { action } = await importRoute(file);
      const before = fingerprint();
      const body = new URLSearchParams({ csrf: b.csrf, intent: "delete", name: "x" });
      const res = await run(
        action,
        new Request(`http://test${path}`, {
          method: "POST",
          body,
          headers: { cookie: b.cookie, "content-type": "application/x-www-form-urlencoded" },
        }),
        params,
      );
      expectRefused(res, b, path);
      expect(fingerprint(), `${role} ${path}`).toEqual(before);
    },
  );
});
