import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~db/client.server";
import { seedDatabase } from "../../seed/seed";
import { whatsNewFeed } from "~/open-data/atom";
import { xmlText } from "~/platform/atom";
import { whatsNew, type BadgeRow } from "~/open-data/whats-new";
import { loader as feedLoader } from "~/routes/whats-new.feed[.]xml";
import { loader as pageLoader } from "~/routes/whats-new._index";

const today = "2026-06-30";
const product = (slug: string, listedOn: string) => ({
  slug,
  name: slug.toUpperCase(),
  providerName: "Acme & Sons",
  serviceModel: "SaaS",
  listedOn,
});
const badge = (over: Partial<BadgeRow>): BadgeRow => ({
  productSlug: "p",
  productName: "P",
  providerName: "Acme",
  kind: "irap",
  level: "PROTECTED",
  assessedOn: null,
  expiresOn: null,
  periodEnd: null,
  assessorName: null,
  ...over,
});

describe("what's new", () => {
  it("lists products listed in the last 90 days, newest first, not before and not in the future", () => {
    const news = whatsNew({
      products: [
        product("old", "2026-03-31"),
        product("edge", "2026-04-01"),
        product("new", "2026-06-30"),
        product("future", "2026-07-01"),
      ],
      badges: [],
      today,
    });
    expect(news.since).toBe("2026-04-01");
    expect(news.newlyListed.map((p) => p.slug)).toEqual(["new", "edge"]);
  });

  it("lists badges assessed in the window, using a SOC 2 report's period end", () => {
    const news = whatsNew({
      products: [],
      badges: [
        badge({ productSlug: "a", assessedOn: "2026-05-01" }),
        badge({ productSlug: "b", assessedOn: "2026-03-01" }),
        badge({ productSlug: "c", kind: "soc2", level: "Type II", periodEnd: "2026-06-01" }),
      ],
      today,
    });
    expect(news.newAssessments.map((b) => [b.productSlug, b.on])).toEqual([
      ["c", "2026-06-01"],
      ["a", "2026-05-01"],
    ]);
  });

  it("lists badges due within 90 days, soonest first, ignoring superseded and overdue ones", () => {
    const news = whatsNew({
      products: [],
      badges: [
        // IRAP lasts 24 months: assessed 2024-08-15 is current until 2026-08-15, 46 days away.
        badge({ productSlug: "due", assessedOn: "2024-08-15" }),
        // Due at the far edge of the window (90 days) and the near edge (today).
        badge({ productSlug: "edge", assessedOn: "2024-09-28" }),
        badge({ productSlug: "today", assessedOn: "2024-06-30" }),
        badge({ productSlug: "outside", assessedOn: "2024-09-29" }),
        badge({ productSlug: "overdue", assessedOn: "2024-06-29" }),
        // Superseded: an older assessment is due but a newer one exists.
        badge({ productSlug: "renewed", assessedOn: "2024-08-01" }),
        badge({ productSlug: "renewed", assessedOn: "2026-06-01" }),
        // A CAIQ over three years old is hidden everywhere.
        badge({ productSlug: "hidden", kind: "csa_star", level: "level1_caiq", assessedOn: "2023-06-01" }),
      ],
      today,
    });
    expect(news.lapsing.map((b) => [b.productSlug, b.lapsesAfter, b.daysToExpiry])).toEqual([
      ["today", "2026-06-30", 0],
      ["due", "2026-08-15", 46],
      ["edge", "2026-09-28", 90],
    ]);
    expect(news.lapsing[1].dueSince).toBe("2026-05-17");
  });
});

describe("Atom feed", () => {
  it("escapes text and drops characters XML cannot carry", () => {
    expect(xmlText(`<b>"Fish" & 'chips'</b>\u0001`)).toBe("&lt;b&gt;&quot;Fish&quot; &amp; &apos;chips&apos;&lt;/b&gt;");
  });

  it("has the elements Atom requires, one entry per event, with unique ids", () => {
    const news = whatsNew({
      products: [product("new-one", "2026-06-01")],
      badges: [
        badge({ productSlug: "a", productName: "A <script>", assessedOn: "2026-05-01" }),
        badge({ productSlug: "d", assessedOn: "2024-08-15" }),
      ],
      today,
    });
    const xml = whatsNewFeed(news, "https://cx.example");
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(true);
    for (const tag of [
      "<id>https://cx.example/whats-new</id>",
      "<title>",
      "<updated>2026-06-01T00:00:00Z</updated>",
      "<author><name>",
      'rel="self"',
    ]) {
      expect(xml).toContain(tag);
    }
    const entries = xml.match(/<entry>[\s\S]*?<\/entry>/g) ?? [];
    expect(entries).toHaveLength(3);
    for (const e of entries) for (const tag of ["<id>", "<title>", "<updated>", "<link "]) expect(e).toContain(tag);
    const ids = entries.map((e) => /<id>(.*)<\/id>/.exec(e)![1]);
    expect(new Set(ids).size).toBe(3);
    expect(xml).not.toContain("<script>");
    expect(xml).toContain("A &lt;script&gt;");
  });

  it("is an empty but valid feed when nothing happened", () => {
    const xml = whatsNewFeed(whatsNew({ products: [], badges: [], today }), "https://cx.example");
    expect(xml).toContain(`<updated>${today}T00:00:00Z</updated>`);
    expect(xml).not.toContain("<entry>");
  });
});

describe("what's new routes on the seeded catalogue", () => {
  beforeAll(async () => {
    await seedDatabase({ db: db() });
  }, 120_000);

  it("serves the page data and the feed with the same events", async () => {
    const news = await (await pageLoader()).json();
    expect(news.newlyListed.length + news.newAssessments.length + news.lapsing.length).toBeGreaterThan(0);
    const res = await feedLoader({ request: new Request("http://test/whats-new/feed.xml"), params: {}, context: {} } as never);
    expect(res.headers.get("Content-Type")).toBe("application/atom+xml; charset=utf-8");
    const xml = await res.text();
    expect((xml.match(/<entry>/g) ?? []).length).toBe(news.newlyListed.length + news.newAssessments.length + news.lapsing.length);
    console.info(`what's new: ${news.newlyListed.length} listed, ${news.newAssessments.length} assessed, ${news.lapsing.length} lapsing`);
  });
});
