/**
 * The evidence pack freezes agencies' assessments as they stood: the aggregate against the buyer's
 * requirements, the published assessments with their agencies and dates, and which ones the
 * buyer's agency relies on. A later assessment or reliance changes no pack already taken.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { PDFParse } from "pdf-parse";
import { action as shortlistsAction } from "~/routes/shortlists._index";
import { action as packAction, loader as packLoader } from "~/routes/shortlists.$id_.evidence-pack";
import { loader as jsonLoader } from "~/routes/shortlists.$id_.evidence-pack[.]json";
import { loader as pdfLoader } from "~/routes/shortlists.$id_.evidence-pack[.]pdf";
import { saveProfile } from "~/assessments/profile.server";
import { currentFramework } from "~/assessments/framework.server";
import { db } from "~db/client.server";
import { shortlistSnapshots } from "~db/schema";
import { FRAMEWORK_V1 } from "~/assessments/framework-v1";
import { formatDate } from "~/platform/dates";
import { makeUser, signIn } from "../accounts/support";
import { call, get, post } from "../procurement/route-helpers";
import { buyerWorld, publish, rely, secretFor, type Staff } from "./buyer-support";

const LABEL = Object.fromEntries(FRAMEWORK_V1.qualities.map((q) => [q.key, q.label]));
let world: Awaited<ReturnType<typeof buyerWorld>>;
let staff: Staff[];
let buyer: { cookie: string; csrf: string };
let shortlistId: number;
let firstSnapshot: number;
let reliedOn: number;

async function takePack(browser: { cookie: string; csrf: string }, id: number) {
  const res = await call(packAction as never, post(`/shortlists/${id}/evidence-pack`, {}, browser), { id: String(id) });
  expect(res.status).toBe(302);
  return Number(new URL(res.headers.get("Location")!, "http://test").searchParams.get("snapshot"));
}

async function newShortlist(browser: { cookie: string; csrf: string }, name: string, slugs: string[]) {
  const res = await call(
    shortlistsAction as never,
    post("/shortlists", { intent: "add", shortlist: "new", newName: name, product: slugs }, browser),
  );
  return Number(/\/shortlists\/(\d+)/.exec(res.headers.get("Location")!)![1]);
}

async function pack(browser: { cookie: string }, id: number, snapshot: number) {
  const res = await call(packLoader as never, get(`/shortlists/${id}/evidence-pack?snapshot=${snapshot}`, browser.cookie), {
    id: String(id),
  });
  expect(res.status).toBe(200);
  return res.json();
}

beforeAll(async () => {
  world = await buyerWorld("ep");
  staff = world.staff;
  const [p0, p1] = world.products;
  reliedOn = publish({
    productId: p0.id,
    author: staff[0],
    admin: world.admin,
    assessedOn: "2026-01-20",
    scores: { privacy_principles: 5, data_sovereignty: 2 },
  });
  publish({ productId: p0.id, author: staff[1], admin: world.admin, assessedOn: "2025-09-05", scores: { privacy_principles: 4 } });
  // The buyer is agency 3's staff; agency 3 relies on agency 1's assessment.
  rely(reliedOn, staff[2]);
  saveProfile({
    userId: staff[2].id,
    profile: {
      classification: "OFFICIAL",
      minimums: { privacy_principles: 5, data_sovereignty: 3 },
      frameworkVersion: currentFramework()!.version,
    },
  });
  buyer = signIn(staff[2].id);
  shortlistId = await newShortlist(buyer, "Records systems", [p0.slug, p1.slug]);
  firstSnapshot = await takePack(buyer, shortlistId);
}, 120_000);

type Words = {
  listings: {
    name: string;
    assessments: {
      summary: string;
      qualities: { term: string; value: string }[];
      published: { term: string; value: string }[];
      publishedNote: string | null;
    } | null;
  }[];
  requirements: string | null;
};

describe("the evidence pack's agency assessments", () => {
  it("freezes the aggregate against the buyer's requirements, gaps first, and the assessments relied on", async () => {
    const data = await pack(buyer, shortlistId, firstSnapshot);
    const words: Words = data.snapshot.words;
    expect(words.requirements).toContain("the buyer's requirements profile for OFFICIAL data");
    const [first, second] = words.listings;
    expect(first.assessments!.summary).toBe("Assessed by 2 agencies, relied on by 1 other agency; judged by framework version 1.");
    // The buyer's profile sets two minimums: the gap first, then the one that meets.
    expect(first.assessments!.qualities.map((q) => q.term)).toEqual([LABEL.data_sovereignty, `${LABEL.privacy_principles} (mandatory)`]);
    expect(first.assessments!.qualities[0].value).toMatch(/^Below your minimum; minimum 3; latest 2 of 5, assessed 20 Jan 2026/);
    expect(first.assessments!.published.map((p) => p.term)).toEqual([
      `${staff[0].agencyName}, ${formatDate("2026-01-20")}`,
      `${staff[1].agencyName}, ${formatDate("2025-09-05")}`,
    ]);
    expect(first.assessments!.published[0].value).toContain("your agency relies on it");
    expect(first.assessments!.published[1].value).toContain("your agency does not rely on it");
    expect(first.assessments!.published[0].value).toContain("Framework version 1");
    expect(second.assessments!.summary).toMatch(/^No agency had assessed this product/);
    // The pack holds which agency assessed, for a government user; never why.
    const file = await (
      await call(jsonLoader as never, get(`/shortlists/${shortlistId}/evidence-pack.json?snapshot=${firstSnapshot}`, buyer.cookie), {
        id: String(shortlistId),
      })
    ).text();
    expect(file).toContain(staff[0].agencyName);
    expect(file).not.toContain(secretFor("data_sovereignty"));
    const frozen = JSON.parse(file).content.listings[0].assessments;
    expect(frozen.published.map((p: { id: number; reliedOnByYourAgency: boolean }) => [p.id, p.reliedOnByYourAgency])).toContainEqual([
      reliedOn,
      true,
    ]);
  });

  it("does not change when agencies assess or rely later; a new snapshot shows the change", async () => {
    const before = await pack(buyer, shortlistId, firstSnapshot);
    const [p0] = world.products;
    const later = publish({
      productId: p0.id,
      author: staff[3],
      admin: world.admin,
      assessedOn: "2026-03-01",
      scores: { privacy_principles: 5, data_sovereignty: 5 },
    });
    rely(later, staff[2]);
    rely(reliedOn, staff[1]);
    const after = await pack(buyer, shortlistId, firstSnapshot);
    expect(after.snapshot.checksum).toBe(before.snapshot.checksum);
    expect(after.snapshot.words).toEqual(before.snapshot.words);

    const next = await takePack(buyer, shortlistId);
    const words: Words = (await pack(buyer, shortlistId, next)).snapshot.words;
    expect(words.listings[0].assessments!.summary).toBe(
      "Assessed by 3 agencies, relied on by 2 other agencies; judged by framework version 1.",
    );
    expect(words.listings[0].assessments!.qualities[0].value).toMatch(/^Meets your minimum/);
    expect(words.listings[0].assessments!.published[0].term).toContain(staff[3].agencyName);
  });

  it("shows a buyer who is not a government user the aggregates only", async () => {
    const outsider = signIn(await makeUser({ email: "ep-buyer@example.com" }));
    const id = await newShortlist(outsider, "Outsider's list", [world.products[0].slug]);
    const snap = await takePack(outsider, id);
    const words: Words = (await pack(outsider, id, snap)).snapshot.words;
    expect(words.listings[0].assessments!.published).toEqual([]);
    expect(words.listings[0].assessments!.publishedNote).toContain("Only government users");
    expect(words.requirements).toContain("framework's own minimums for OFFICIAL");
    const raw = JSON.stringify(
      db().select({ data: shortlistSnapshots.data }).from(shortlistSnapshots).where(eq(shortlistSnapshots.id, snap)).get(),
    );
    expect(raw).not.toContain(staff[0].agencyName);
  });

  it("still shows a pack taken before assessments were frozen, on the page and in the PDF", async () => {
    const row = db()
      .select({ data: shortlistSnapshots.data })
      .from(shortlistSnapshots)
      .where(eq(shortlistSnapshots.id, firstSnapshot))
      .get()!;
    const old = structuredClone(row.data) as { requirements?: unknown; listings: { assessments?: unknown }[] };
    delete old.requirements;
    for (const l of old.listings) delete l.assessments;
    const oldId = db()
      .insert(shortlistSnapshots)
      .values({ shortlistId, takenAt: "2026-01-01T00:00:00.000Z", takenBy: staff[2].id, data: old as Record<string, unknown> })
      .returning({ id: shortlistSnapshots.id })
      .get().id;
    const words: Words = (await pack(buyer, shortlistId, oldId)).snapshot.words;
    expect(words.requirements).toBeNull();
    expect(words.listings.every((l) => l.assessments === null)).toBe(true);
    const pdf = await call(pdfLoader as never, get(`/shortlists/${shortlistId}/evidence-pack.pdf?snapshot=${oldId}`, buyer.cookie), {
      id: String(shortlistId),
    });
    expect(pdf.status).toBe(200);
    const text = (await new PDFParse({ data: new Uint8Array(await pdf.arrayBuffer()) }).getText()).text;
    expect(text).toContain("Not recorded: this snapshot was taken before agencies' assessments were frozen");
    const current = await call(
      pdfLoader as never,
      get(`/shortlists/${shortlistId}/evidence-pack.pdf?snapshot=${firstSnapshot}`, buyer.cookie),
      { id: String(shortlistId) },
    );
    const currentText = (await new PDFParse({ data: new Uint8Array(await current.arrayBuffer()) }).getText()).text;
    expect(currentText).toContain("Assessed by 2 agencies");
    expect(currentText).toContain("your agency relies on it");
  });
});
