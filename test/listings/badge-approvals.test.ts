/**
 * Badge proposals and their approval through the real loaders and actions: the queue names the
 * badge and diffs prose word by word, each kind has its own fields and levels, "verified" needs the
 * evidence acknowledged, and an Essential Eight overall level is the lowest of its strategies.
 */
import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~db/client.server";
import { assessors, auditLog, badges, listingChanges } from "~db/schema";
import { e8Overall } from "~/assurance/essential-eight";
import { E8_STRATEGIES } from "~/assurance/vocabulary";
import { badgeKindFields, levelOptions, parseIsmRelease } from "~/listings/badge-fields";
import { wordDiff, withWordDiffs } from "~/listings/word-diff.server";
import { action as approvalsAction, loader as approvalsLoader } from "~/routes/admin.approvals";
import { action as badgesAction, loader as badgesLoader } from "~/routes/provider.products.$slug_.badges";
import { browserFor, buildWorld, call, get, post } from "../reviews/fixtures";
import { replyErrors, replyValues } from "../support/form-reply";

let world: Awaited<ReturnType<typeof buildWorld>>;
let slug: string;
beforeAll(async () => {
  world = await buildWorld("badgeapp");
  slug = world.product.slug;
});

function insertBadge(values: Partial<typeof badges.$inferInsert> & { kind: string; level: string }) {
  return db()
    .insert(badges)
    .values({
      productId: world.product.id,
      assessedOn: "2024-05-01",
      assessorName: "Old Assessors",
      scope: "Production platform in Sydney",
      evidenceLevel: "document",
      evidenceRef: "OLD-1.pdf",
      ...values,
    })
    .returning({ id: badges.id })
    .get().id;
}

const storedBadge = (id: number) => db().select().from(badges).where(eq(badges.id, id)).get()!;
const pendingCount = () =>
  db().select({ id: listingChanges.id }).from(listingChanges).where(eq(listingChanges.status, "pending")).all().length;
const latestChange = () => db().select({ id: listingChanges.id }).from(listingChanges).orderBy(desc(listingChanges.id)).get()!;

async function propose(fields: Record<string, string>) {
  return call(badgesAction, post(`/provider/products/${slug}/badges`, fields, browserFor("rep", world.ids)), { slug });
}

async function queue() {
  const res = await call(approvalsLoader, get("/admin/approvals", browserFor("editor", world.ids)));
  return (await res.json()).changes as {
    id: number;
    title: string;
    badge: { sentence: string; evidenceRef: string | null } | null;
    fields: { field: string; label: string; before: string; after: string; link?: boolean; words?: unknown }[];
  }[];
}

async function decide(changeId: number, fields: Record<string, string>) {
  return call(approvalsAction, post("/admin/approvals", { changeId: String(changeId), ...fields }, browserFor("editor", world.ids)));
}

const irapRenewal = (badgeId: number, extra: Record<string, string> = {}) => ({
  badgeId: String(badgeId),
  kind: "irap",
  level: "PROTECTED",
  assessedOn: "2026-03-10",
  ismRelease: "ISM December 2025",
  assessorName: "New Assessors",
  scope: "Production platform in Sydney and Melbourne",
  evidenceLevel: "third_party",
  evidenceRef: "https://trust.example.com/irap-2026",
  ...extra,
});

const e8Form = (levels: Record<string, string>, extra: Record<string, string> = {}) => ({
  kind: "e8",
  assessedOn: "2026-02-01",
  assessorName: "Self-assessed",
  scope: "Corporate environment",
  evidenceLevel: "document",
  evidenceRef: "E8-2026.pdf",
  ...Object.fromEntries(E8_STRATEGIES.map((s) => [`e8Levels.${s}`, levels[s] ?? "ML3"])),
  ...extra,
});

describe("each kind's fields and levels", () => {
  it("offers only the kind's own levels, by name, and only the kind's own fields", () => {
    expect(levelOptions("csa_star")).toEqual([
      { value: "level1_caiq", label: "Level 1 (CAIQ self-assessment)" },
      { value: "level2_attestation", label: "Level 2 Attestation" },
      { value: "level2_certification", label: "Level 2 Certification" },
    ]);
    expect(levelOptions("hcf").map((o) => o.label)).toEqual(["Certified Strategic", "Certified Assured", "Uncertified"]);
    expect(levelOptions("e8").map((o) => o.label)).toEqual([
      "Maturity Level 0",
      "Maturity Level 1",
      "Maturity Level 2",
      "Maturity Level 3",
    ]);
    expect(levelOptions("soc2")).toEqual([{ value: "type2", label: "Type II" }]);
    expect(badgeKindFields("soc2")).toMatchObject({ chooseLevel: false, periodEnd: true, assessedOn: false, ismRelease: false });
    expect(badgeKindFields("irap")).toMatchObject({ chooseLevel: true, periodEnd: false, ismRelease: true, e8Strategies: false });
    expect(badgeKindFields("e8")).toMatchObject({ periodEnd: false, ismRelease: false, e8Strategies: true });
    expect(badgeKindFields("iso27001")).toMatchObject({ chooseLevel: false, expiresOn: true, periodEnd: false });
  });

  it("reads an ISM release however it is typed, and refuses what is not a month and year", () => {
    expect(parseIsmRelease("ism june 2024")).toEqual({ name: "ISM June 2024", firstDay: "2024-06-01" });
    expect(parseIsmRelease("December 2025")?.name).toBe("ISM December 2025");
    expect(parseIsmRelease("ISM Juné 2024")).toBeNull();
    expect(parseIsmRelease("2024")).toBeNull();
  });

  it("shows the new-badge form for the kind chosen first, and ignores an unknown kind", async () => {
    const page = async (query: string) =>
      (await (await call(badgesLoader, get(`/provider/products/${slug}/badges${query}`, browserFor("rep", world.ids)), { slug })).json())
        .newKind;
    expect(await page("?kind=soc2")).toBe("soc2");
    expect(await page("?kind=fedramp")).toBeNull();
    expect(await page("")).toBeNull();
  });

  it("refuses a level the kind does not have, next to the field, keeping what was typed", async () => {
    const res = await propose({
      kind: "hcf",
      level: "platinum",
      assessedOn: "2026-01-10",
      assessorName: "Department of Home Affairs",
      scope: "Hosting in Canberra",
      evidenceLevel: "document",
      evidenceRef: "HCF-2026.pdf",
    });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(replyErrors(body).level).toBe("Choose the level of the Hosting Certification Framework");
    expect(replyErrors(body).level).not.toMatch(/strategic|level2_/);
    expect(replyValues(body).scope).toBe("Hosting in Canberra");
    expect(pendingCount()).toBe(0);
  });

  it("needs the ISM release for IRAP, and one that came out before the assessment", async () => {
    const id = insertBadge({ kind: "irap", level: "PROTECTED", ismRelease: "ISM June 2024" });
    const missing = await propose(irapRenewal(id, { ismRelease: "" }));
    expect(replyErrors(await missing.json()).ismRelease).toMatch(/ISM release the assessment used/);
    const later = await propose(irapRenewal(id, { ismRelease: "ISM June 2026" }));
    expect(replyErrors(await later.json()).ismRelease).toBe(
      "ISM June 2026 came out after the assessment date: enter the release the assessment used",
    );
    expect(pendingCount()).toBe(0);
    expect(storedBadge(id).ismRelease).toBe("ISM June 2024");
  });

  it("drops fields another kind has: a SOC 2 renewal stores no ISM release or strategies", async () => {
    const id = insertBadge({ kind: "soc2", level: "type2", assessedOn: null, periodEnd: "2025-06-30" });
    const res = await propose({
      badgeId: String(id),
      kind: "soc2",
      periodEnd: "2026-06-30",
      assessedOn: "2026-07-15",
      ismRelease: "ISM June 2026",
      "e8Levels.mfa": "ML3",
      assessorName: "Example Audit LLP",
      scope: "Security and availability criteria",
      evidenceLevel: "third_party",
      evidenceRef: "SOC2-2026.pdf",
    });
    expect(res.status).toBe(302);
    const change = db().select({ after: listingChanges.after }).from(listingChanges).where(eq(listingChanges.id, latestChange().id)).get()!;
    expect(change.after).toMatchObject({ level: "type2", periodEnd: "2026-06-30", assessedOn: null, ismRelease: null, e8Levels: null });
    await decide(latestChange().id, { intent: "reject", note: "Not needed for this test" });
  });
});

describe("the approval queue", () => {
  it("names the badge being renewed or added, in words rather than codes", async () => {
    const id = insertBadge({ kind: "csa_star", level: "level1_caiq", assessedOn: "2025-04-01", assessorName: "Self-assessed" });
    await propose({
      badgeId: String(id),
      kind: "csa_star",
      level: "level2_attestation",
      assessedOn: "2026-04-01",
      assessorName: "Example Audit LLP",
      scope: "Cloud Controls Matrix v4",
      evidenceLevel: "third_party",
      evidenceRef: "https://trust.example.com/star",
    });
    await propose({
      kind: "soc2",
      periodEnd: "2026-06-30",
      assessorName: "Example Audit LLP",
      scope: "Security criteria",
      evidenceLevel: "document",
      evidenceRef: "SOC2.pdf",
    });
    const changes = await queue();
    const renewal = changes.find((c) => c.title.startsWith("Renewal of CSA STAR"))!;
    expect(renewal.title).toBe("Renewal of CSA STAR: Level 1 (CAIQ self-assessment) on badgeapp Product");
    expect(renewal.fields.find((f) => f.field === "level")).toMatchObject({
      before: "Level 1 (CAIQ self-assessment)",
      after: "Level 2 Attestation",
    });
    expect(renewal.fields.find((f) => f.field === "evidenceLevel")).toMatchObject({
      before: "Evidence document supplied",
      after: "Third-party report",
    });
    expect(renewal.fields.find((f) => f.field === "evidenceRef")).toMatchObject({ link: true, after: "https://trust.example.com/star" });
    expect(renewal.badge?.evidenceRef).toBe("https://trust.example.com/star");
    expect(changes.map((c) => c.title)).toContain("New badge: SOC 2 Type II on badgeapp Product");
    expect(JSON.stringify(changes)).not.toMatch(/level2_attestation|"type2"|third_party/);
    for (const c of changes) await decide(c.id, { intent: "reject", note: "Clearing the queue" });
  });

  it("names a registered assessor in the renewal form and in the diff, not as a blank", async () => {
    const assessorId = db()
      .insert(assessors)
      .values({ slug: "badgeapp-firm", name: "Registered Firm Pty Ltd", kinds: ["irap"] })
      .returning({ id: assessors.id })
      .get().id;
    const id = insertBadge({ kind: "irap", level: "SECRET", assessorId, assessorName: null, ismRelease: "ISM June 2024" });
    const page = await (await call(badgesLoader, get(`/provider/products/${slug}/badges`, browserFor("rep", world.ids)), { slug })).json();
    expect(page.badges.find((b: { id: number }) => b.id === id).assessorName).toBe("Registered Firm Pty Ltd");
    await propose(irapRenewal(id, { level: "SECRET" }));
    const item = (await queue()).find((c) => c.title.startsWith("Renewal of IRAP assessment: SECRET"))!;
    expect(item.fields.find((f) => f.field === "assessorName")).toMatchObject({
      before: "Registered Firm Pty Ltd",
      after: "New Assessors",
    });
    await decide(item.id, { intent: "reject", note: "Not needed for this test" });
  });

  it("diffs prose word by word and leaves short values whole", () => {
    // diff keeps the new text's spacing around unchanged runs.
    expect(wordDiff("Production platform in Sydney", "Production platform in Sydney and Melbourne")).toEqual({
      before: [{ text: "Production platform in Sydney " }],
      after: [{ text: "Production platform in Sydney " }, { text: "and Melbourne", change: "added" }],
    });
    const [scope, date] = withWordDiffs([
      { field: "scope", label: "Scope", before: "Compute in Sydney only", after: "Compute in Sydney and Melbourne" },
      { field: "assessedOn", label: "Assessed or issued on", before: "2024-05-01", after: "2026-03-10" },
    ]);
    expect(scope.words?.before).toEqual([{ text: "Compute in Sydney " }, { text: "only", change: "removed" }]);
    expect(scope.words?.after).toEqual([{ text: "Compute in Sydney " }, { text: "and Melbourne", change: "added" }]);
    expect(date.words).toBeUndefined();
    // A rewrite sharing a few words reads whole.
    const [rewrite] = withWordDiffs([
      { field: "scope", label: "Scope", before: "Agency: the agency turns MFA on", after: "Provider: enforced for every user on sign-in" },
    ]);
    expect(rewrite.words).toBeUndefined();
  });
});

describe("marking a badge verified", () => {
  it("is refused until the editor acknowledges the evidence; then the approval records who checked what", async () => {
    const id = insertBadge({ kind: "irap", level: "PROTECTED", ismRelease: "ISM June 2024" });
    expect((await propose(irapRenewal(id))).status).toBe(302);
    const changeId = latestChange().id;
    const item = (await queue()).find((c) => c.id === changeId)!;
    expect(item.title).toBe("Renewal of IRAP assessment: PROTECTED on badgeapp Product");
    expect(item.badge?.sentence).toMatch(
      /^IRAP-assessed to PROTECTED on 10 Mar 2026 by New Assessors\. Assessed against ISM December 2025\.$/,
    );
    // The scope grew by a few words: shown word by word.
    expect(item.fields.find((f) => f.field === "scope")?.words).toBeTruthy();

    const refused = await decide(changeId, { intent: "approve", note: "Looks right", markVerified: "on" });
    expect(refused.status).toBe(400);
    const body = await refused.json();
    expect(replyErrors(body).evidenceChecked).toBe("Open and check the evidence, and tick this box, before marking the badge verified");
    expect(replyValues(body)).toMatchObject({ note: "Looks right", markVerified: "on" });
    expect(db().select({ status: listingChanges.status }).from(listingChanges).where(eq(listingChanges.id, changeId)).get()?.status).toBe(
      "pending",
    );
    expect(storedBadge(id)).toMatchObject({ assessedOn: "2024-05-01", evidenceLevel: "document" });

    const approved = await decide(changeId, { intent: "approve", note: "Looks right", markVerified: "on", evidenceChecked: "on" });
    expect(approved.headers.get("Location")).toBe("/admin/approvals?done=approved");
    // The ISM release given in the renewal is the approved badge's, not the old "ISM June 2024".
    expect(storedBadge(id)).toMatchObject({ assessedOn: "2026-03-10", ismRelease: "ISM December 2025", evidenceLevel: "verified" });
    const row = db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "listing.approved"), eq(auditLog.entityId, String(changeId))))
      .get();
    expect(row?.actorUserId).toBe(world.ids.editor);
    expect(row?.details).toEqual({
      markVerified: true,
      evidenceAcknowledged: { by: world.ids.editor, evidenceRef: "https://trust.example.com/irap-2026" },
    });
  });

  it("approves without verifying when only the approval is asked for", async () => {
    const id = insertBadge({ kind: "irap", level: "PROTECTED", ismRelease: "ISM June 2024" });
    await propose(irapRenewal(id, { ismRelease: "september 2025" }));
    await decide(latestChange().id, { intent: "approve", note: "" });
    expect(storedBadge(id)).toMatchObject({ ismRelease: "ISM September 2025", evidenceLevel: "third_party" });
  });
});

describe("the Essential Eight overall level", () => {
  it("is worked out as the lowest strategy when a badge is proposed and approved", async () => {
    expect((await propose(e8Form({ mfa: "ML1" }))).status).toBe(302);
    const changeId = latestChange().id;
    const item = (await queue()).find((c) => c.id === changeId)!;
    expect(item.title).toBe("New badge: Essential Eight: Maturity Level 1 on badgeapp Product");
    expect(item.fields.find((f) => f.field === "e8.mfa")).toMatchObject({
      label: "Essential Eight: multi-factor authentication",
      after: "Maturity Level 1",
    });
    await decide(changeId, { intent: "approve", note: "" });
    const stored = db().select().from(badges).where(eq(badges.kind, "e8")).orderBy(desc(badges.id)).get()!;
    expect(stored.level).toBe("ML1");
    expect(stored.e8Levels).toMatchObject({ mfa: 1, application_control: 3 });
    expect(e8Overall(stored.e8Levels)).toBe(stored.level);
  });

  it("refuses a stated overall level that disagrees with the strategies, saying why", async () => {
    const res = await propose(e8Form({ mfa: "ML1" }, { level: "ML3" }));
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(replyErrors(body).level).toBe(
      "The strategies give Maturity Level 1 overall, the lowest of the eight (Multi-factor authentication): choose that, or leave it to be worked out",
    );
    expect(replyValues(body)["e8Levels.mfa"]).toBe("ML1");
    expect(pendingCount()).toBe(0);
    expect((await propose(e8Form({ mfa: "ML1" }, { level: "ML1" }))).status).toBe(302);
    await decide(latestChange().id, { intent: "reject", note: "Not needed for this test" });
  });

  it("needs a level for every strategy", async () => {
    const res = await propose(e8Form({ mfa: "" }));
    expect(replyErrors(await res.json())["e8Levels.mfa"]).toBe("Choose the maturity level of multi-factor authentication");
    expect(pendingCount()).toBe(0);
  });

  it("re-derives on renewal, and refuses an older proposal whose level claims more than the strategies on record", async () => {
    const levels = Object.fromEntries(E8_STRATEGIES.map((s) => [s, s === "mfa" ? 1 : 3]));
    const id = insertBadge({ kind: "e8", level: "ML1", e8Levels: levels, assessorName: "Self-assessed" });
    // A proposal queued before the strategies were asked for: "ML3" while MFA is on record at ML1.
    const stale = db()
      .insert(listingChanges)
      .values({
        providerId: world.providerA,
        productId: world.product.id,
        entity: "badge",
        entityId: id,
        before: { kind: "e8", level: "ML1" },
        after: {
          kind: "e8",
          level: "ML3",
          assessedOn: "2026-02-01",
          expiresOn: null,
          periodEnd: null,
          assessorName: "Self-assessed",
          scope: "Corporate environment",
          evidenceLevel: "document",
          evidenceRef: "E8-2026.pdf",
        },
        submittedBy: world.ids.rep,
      })
      .returning({ id: listingChanges.id })
      .get().id;
    const res = await decide(stale, { intent: "approve", note: "" });
    expect(res.status).toBe(409);
    expect(replyErrors(await res.json()).note).toMatch(
      /its overall Maturity Level 3 disagrees with the strategies on record, whose lowest gives Maturity Level 1/,
    );
    expect(storedBadge(id).level).toBe("ML1");
    await decide(stale, { intent: "reject", note: "Propose the eight strategies" });

    await propose({ ...e8Form({ mfa: "ML2", regular_backups: "ML2" }), badgeId: String(id) });
    await decide(latestChange().id, { intent: "approve", note: "" });
    expect(storedBadge(id)).toMatchObject({ level: "ML2", e8Levels: expect.objectContaining({ mfa: 2, regular_backups: 2 }) });
  });
});
