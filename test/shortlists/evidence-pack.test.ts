/**
 * The evidence pack an auditor accepts: every badge with its assessor, scope, evidence level and
 * link; who took it and when; the rule results with their versions; a PDF drawn on the server and a
 * JSON copy whose SHA-256 of the canonical content is the one printed on both.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import canonicalize from "canonicalize";
import { and, eq, sql } from "drizzle-orm";
import { PDFParse } from "pdf-parse";
import { beforeAll, describe, expect, it } from "vitest";
import { action as savePurchase } from "~/routes/purchase";
import { action as shortlistsAction } from "~/routes/shortlists._index";
import { action as packAction, loader as packLoader } from "~/routes/shortlists.$id_.evidence-pack";
import { loader as jsonLoader } from "~/routes/shortlists.$id_.evidence-pack[.]json";
import { loader as pdfLoader } from "~/routes/shortlists.$id_.evidence-pack[.]pdf";
import { loader as csvLoader } from "~/routes/shortlists.$id.export[.]csv";
import { pdfText } from "~/shortlists/evidence-pack-pdf.server";
import { db } from "~db/client.server";
import { agencies, assessors, badges, products, shortlistSnapshots, users } from "~db/schema";
import { makeUser, signIn } from "../accounts/support";
import { seedDatabase } from "../../seed/seed";
import { importCatalogue } from "../../seed/import/catalogue-import";
import { fedrampFeedSchema, mapFedramp } from "../../seed/import/fedramp-mapping";
import { call, get, post, PROTECTED_PURCHASE } from "../procurement/route-helpers";

let buyer: { cookie: string; csrf: string };
let other: { cookie: string; csrf: string };
let shortlistId: number;
let snapshotId: number;
let slugs: { local: string; mapped: string };
const params = () => ({ id: String(shortlistId) });

const sha256 = (content: unknown) => createHash("sha256").update(canonicalize(content)!, "utf8").digest("hex");

beforeAll(async () => {
  await seedDatabase({ db: db() });
  const corpus = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../seed/corpora/fedramp-marketplace.json"), "utf8"));
  importCatalogue({ db: db(), data: mapFedramp(fedrampFeedSchema.parse(corpus)), source: "fedramp" });

  const userId = await makeUser({ email: "pack-auditor@finance.gov.au", displayName: "Pat Auditor" });
  const agency = db().select({ id: agencies.id }).from(agencies).limit(1).get()!;
  db().update(users).set({ agencyId: agency.id }).where(eq(users.id, userId)).run();
  buyer = signIn(userId);
  other = signIn(await makeUser({ email: "pack-other@example.com" }));
  await call(savePurchase, post("/purchase", PROTECTED_PURCHASE, buyer));

  // An Australian listing whose IRAP badge has a report link, and a FedRAMP-mapped one.
  const local = db()
    .select({ slug: products.slug, badgeId: badges.id })
    .from(products)
    .innerJoin(badges, eq(badges.productId, products.id))
    .where(and(eq(badges.kind, "irap"), eq(badges.mapped, false), eq(products.source, "sample")))
    .limit(1)
    .get()!;
  db()
    .update(badges)
    .set({ evidenceRef: "https://reports.example.gov.au/irap/2025-014.pdf", scope: "Compute, block storage and the management plane" })
    .where(eq(badges.id, local.badgeId))
    .run();
  const mapped = db()
    .select({ slug: products.slug })
    .from(products)
    .innerJoin(badges, eq(badges.productId, products.id))
    .leftJoin(assessors, eq(assessors.id, badges.assessorId))
    .where(and(eq(badges.kind, "irap"), eq(badges.mapped, true), sql`coalesce(${assessors.name}, ${badges.assessorName}) is not null`))
    .limit(1)
    .get()!;

  slugs = { local: local.slug, mapped: mapped.slug };
  const res = await call(
    shortlistsAction,
    post("/shortlists", { intent: "add", shortlist: "new", newName: "Auditor's pack", product: [local.slug, mapped.slug] }, buyer),
  );
  shortlistId = Number(/\/shortlists\/(\d+)/.exec(res.headers.get("Location")!)![1]);
  const taken = await call(packAction, post(`/shortlists/${shortlistId}/evidence-pack`, {}, buyer), params());
  snapshotId = Number(new URL(taken.headers.get("Location")!, "http://test").searchParams.get("snapshot"));
}, 120_000);

describe("the evidence pack page", () => {
  it("names who took it and when, in Canberra time, and prints the checksum", async () => {
    const { snapshot } = await (await call(packLoader, get(`/shortlists/${shortlistId}/evidence-pack`, buyer.cookie), params())).json();
    expect(snapshot.words.takenBy).toMatch(/^Pat Auditor \(pack-auditor@finance\.gov\.au\), .+/);
    expect(snapshot.words.taken).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4} at \d{1,2}:\d{2} [ap]m Canberra time$/);
    expect(snapshot.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it("shows every badge with its kind, level, dates, assessor, scope, ISM release, evidence level and a link to the evidence", async () => {
    const { snapshot } = await (await call(packLoader, get(`/shortlists/${shortlistId}/evidence-pack`, buyer.cookie), params())).json();
    type Listing = { slug: string };
    const local = snapshot.words.listings.find((l: Listing) => l.slug === slugs.local);
    const mapped = snapshot.words.listings.find((l: Listing) => l.slug === slugs.mapped);
    const irap = local.badges.find((b: { rows: { term: string; value: string }[] }) => b.rows[0].value.startsWith("IRAP"));
    const terms = Object.fromEntries(irap.rows.map((r: { term: string; value: string }) => [r.term, r]));
    expect(Object.keys(terms)).toEqual(
      expect.arrayContaining([
        "Kind",
        "Level",
        "Assessed",
        "Expires",
        "Currency when taken",
        "Assessor",
        "Scope",
        "ISM release",
        "Evidence level",
        "Evidence",
      ]),
    );
    expect(terms.Scope.value).toBe("Compute, block storage and the management plane");
    expect(terms.Evidence).toMatchObject({
      value: "https://reports.example.gov.au/irap/2025-014.pdf",
      href: "https://reports.example.gov.au/irap/2025-014.pdf",
    });
    expect(terms.Assessed.value).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}$/);

    // US data is named for what it is, and its provider facts are not stated.
    const fedramp = mapped.badges.find((b: { title: string }) => b.title.startsWith("FedRAMP"));
    expect(fedramp.title).toMatch(/^FedRAMP \w+ authorisation, shown as [A-Za-z: ]+-equivalent: not an IRAP assessment$/);
    const assessor = fedramp.rows.find((r: { term: string }) => r.term === "Assessor");
    expect(assessor.value).toMatch(/\(a FedRAMP assessor, not an IRAP assessor\)$/);
    expect(mapped.about).toContain("Mapped from the US FedRAMP Marketplace");
    expect(mapped.provider.every((r: { value: string }) => r.value === "Not stated")).toBe(true);

    // Every rule result names the version it was judged by; a mapped badge never meets an IRAP rule.
    expect(local.rules.length).toBeGreaterThan(0);
    for (const r of [...local.rules, ...mapped.rules]) expect(r.source).toMatch(/version \d+, in force|No version in force/);
    const mappedIrap = mapped.rules.filter((r: { key: string }) => r.key.startsWith("irap"));
    expect(mappedIrap.length).toBeGreaterThan(0);
    for (const r of mappedIrap) expect(r.outcome).not.toBe("meets");
  });

  it("answers another buyer's shortlist, and a malformed or unknown snapshot, with 404", async () => {
    for (const loader of [packLoader, jsonLoader, pdfLoader]) {
      expect((await call(loader, get(`/shortlists/${shortlistId}/evidence-pack`, other.cookie), params())).status).toBe(404);
      expect((await call(loader, get(`/shortlists/${shortlistId}/evidence-pack?snapshot=abc`, buyer.cookie), params())).status).toBe(404);
      expect((await call(loader, get(`/shortlists/${shortlistId}/evidence-pack?snapshot=999999`, buyer.cookie), params())).status).toBe(
        404,
      );
    }
  });
});

describe("the shortlist's CSV", () => {
  it("names a mapped FedRAMP authorisation for what it is, never as an IRAP level", async () => {
    const csv = await (await call(csvLoader, get(`/shortlists/${shortlistId}/export.csv`, buyer.cookie), params())).text();
    expect(csv).toMatch(/FedRAMP \w+ authorisation, shown as [A-Za-z: ]+-equivalent: not an IRAP assessment/);
  });
});

describe("the JSON copy", () => {
  it("carries the SHA-256 of its canonical content, which any change breaks", async () => {
    const res = await call(jsonLoader, get(`/shortlists/${shortlistId}/evidence-pack.json?snapshot=${snapshotId}`, buyer.cookie), params());
    expect(res.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(res.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="evidence-pack-\d+-auditor-s-pack-snapshot-\d+-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(res.headers.get("Cache-Control")).toBe("private, no-store");
    const file = JSON.parse(await res.text());
    expect(file.checksum).toMatchObject({ algorithm: "SHA-256", canonicalisation: "RFC 8785 JSON Canonicalization Scheme", of: "content" });
    expect(sha256(file.content)).toBe(file.checksum.value);

    const { snapshot } = await (
      await call(packLoader, get(`/shortlists/${shortlistId}/evidence-pack?snapshot=${snapshotId}`, buyer.cookie), params())
    ).json();
    expect(snapshot.checksum).toBe(file.checksum.value);

    const tampered = structuredClone(file.content);
    tampered.listings[0].badges[0].level = "SECRET";
    expect(sha256(tampered)).not.toBe(file.checksum.value);
    expect(file.content.takenBy).toMatchObject({ name: "Pat Auditor", email: "pack-auditor@finance.gov.au" });
    expect(file.content.format).toBe(2);
  });
});

describe("the PDF", () => {
  it("is a tagged PDF drawn on the server with who, when, the checksum, every badge's evidence and the rule versions", async () => {
    const res = await call(pdfLoader, get(`/shortlists/${shortlistId}/evidence-pack.pdf?snapshot=${snapshotId}`, buyer.cookie), params());
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("application/pdf");
    expect(res.headers.get("Content-Disposition")).toMatch(/filename="evidence-pack-\d+-auditor-s-pack-snapshot-\d+-[\d-]+\.pdf"/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(bytes.toString("latin1")).toMatch(/\/Marked true/);
    expect(bytes.toString("latin1")).toMatch(/\/S \/H1/);
    expect(bytes.toString("latin1")).toMatch(/\/Lang \(en-AU\)/);

    const { text, total } = await new PDFParse({ data: bytes }).getText();
    const flat = text.replace(/\s+/g, " ");
    const file = JSON.parse(
      await (
        await call(jsonLoader, get(`/shortlists/${shortlistId}/evidence-pack.json?snapshot=${snapshotId}`, buyer.cookie), params())
      ).text(),
    );
    expect(flat).toContain(`SHA-256 of the canonical content (RFC 8785): ${file.checksum.value}`);
    expect(flat).toMatch(/Taken \d{1,2} [A-Z][a-z]{2} \d{4} at [\d:]+ [ap]m Canberra time by Pat Auditor/);
    expect(flat).toContain("Evidence: https://reports.example.gov.au/irap/2025-014.pdf");
    expect(flat).toContain("Scope: Compute, block storage and the management plane");
    expect(flat).toContain("not an IRAP assessment");
    expect(flat).toMatch(/version \d+, in force/);
    expect(flat).toContain("Data classification: PROTECTED");
    expect(total).toBeGreaterThan(1);
    // The checksum is on every page, so a single printed page can be matched to its pack.
    expect(flat.split(`SHA-256 ${file.checksum.value}`).length - 1).toBe(total);
  });

  it("spells out what the PDF's fonts cannot print instead of printing noise", () => {
    expect(pdfText("≥ 99.9% – “quoted” café 数据")).toBe(">= 99.9% – “quoted” café ??");
  });
});

describe("a snapshot from before packs said who took them", () => {
  it("still shows, with what it did not record as 'Not recorded'", async () => {
    const latest = db().select().from(shortlistSnapshots).where(eq(shortlistSnapshots.id, snapshotId)).get()!;
    const old = structuredClone(latest.data) as Record<string, unknown>;
    delete old.takenAt;
    delete old.takenBy;
    old.format = 1;
    for (const l of old.listings as { badges: Record<string, unknown>[] }[])
      for (const b of l.badges) for (const k of ["title", "evidenceLabel", "scope", "ismRelease", "evidenceRef"]) delete b[k];
    const id = db()
      .insert(shortlistSnapshots)
      .values({ shortlistId, takenAt: "2025-03-01T01:30:00.000Z", data: old })
      .returning({ id: shortlistSnapshots.id })
      .get().id;
    const { snapshot } = await (
      await call(packLoader, get(`/shortlists/${shortlistId}/evidence-pack?snapshot=${id}`, buyer.cookie), params())
    ).json();
    expect(snapshot.words.takenBy).toBe("Not recorded");
    expect(snapshot.words.taken).toBe("1 Mar 2025 at 12:30 pm Canberra time");
    const rows = snapshot.words.listings[0].badges[0].rows;
    expect(rows.find((r: { term: string }) => r.term === "Scope").value).toBe("Not recorded");
    expect(rows.find((r: { term: string }) => r.term === "Evidence").value).toBe("None supplied");
    expect((await call(pdfLoader, get(`/shortlists/${shortlistId}/evidence-pack.pdf?snapshot=${id}`, buyer.cookie), params())).status).toBe(
      200,
    );
  });
});
