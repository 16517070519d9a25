/**
 * Assessments as open data: aggregates per product and quality with the framework version, in the
 * JSON API and as CSV, every field documented; never an agency's name nor a justification.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loader as assessmentsLoader } from "~/routes/api.assessments";
import { loader as assessmentsCsvLoader } from "~/routes/api.assessments[.]csv";
import { loader as apiLoader } from "~/routes/api.products";
import { loader as apiProductLoader } from "~/routes/api.products.$slug";
import { API_ASSESSMENTS_FIELDS, API_LIST_FIELDS, API_PRODUCT_FIELDS, ASSESSMENTS_CSV_COLUMNS } from "~/open-data/dictionary";
import { FRAMEWORK_V1 } from "~/assessments/framework-v1";
import { call, get } from "../procurement/route-helpers";
import { parseCsv } from "../open-data/parse-csv";
import { buyerWorld, publish, rely, secretFor, type Staff } from "./buyer-support";

let world: Awaited<ReturnType<typeof buyerWorld>>;
let staff: Staff[];
const LABEL = Object.fromEntries(FRAMEWORK_V1.qualities.map((q) => [q.key, q.label]));

beforeAll(async () => {
  world = await buyerWorld("od");
  staff = world.staff;
  const [p0, p1] = world.products;
  const first = publish({
    productId: p0.id,
    author: staff[0],
    admin: world.admin,
    assessedOn: "2026-02-10",
    scores: { privacy_principles: 5, data_sovereignty: 2 },
  });
  publish({ productId: p0.id, author: staff[1], admin: world.admin, assessedOn: "2025-08-01", scores: { data_sovereignty: 4 } });
  rely(first, staff[2]);
  publish({ productId: p1.id, author: staff[1], admin: world.admin, assessedOn: "2026-01-05", scores: { exit_provisions: 3 } });
}, 120_000);

function noAgencyNorReason(text: string) {
  for (const s of staff) expect(text).not.toContain(s.agencyName);
  expect(text).not.toContain("Confidential reasoning");
  expect(text).not.toContain(secretFor("data_sovereignty"));
  expect(text).not.toContain("Case management for a regulatory team");
}

/** Every leaf path in a JSON value, written the way the dictionary names fields. */
function paths(value: unknown, prefix: string, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    out.add(`${prefix}[]`);
    for (const item of value) paths(item, `${prefix}[]`, out);
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) paths(v, prefix ? `${prefix}.${k}` : k, out);
  } else out.add(prefix);
  return out;
}

const undocumented = (found: Set<string>, fields: { name: string }[]) => {
  const docs = new Set(fields.map((f) => f.name));
  return [...found].filter((p) => !docs.has(p) && !docs.has(p.replace(/\[\]$/, "")) && !docs.has(`${p}[]`));
};

describe("GET /api/assessments", () => {
  it("lists each assessed product's aggregates per quality, with the framework version", async () => {
    const res = await call(assessmentsLoader as never, get("/api/assessments"));
    expect(res.status).toBe(200);
    expect(res.headers.get("ETag")).toBeTruthy();
    const text = await res.text();
    noAgencyNorReason(text);
    const body = JSON.parse(text);
    expect(body.meta).toMatchObject({ total: 2, frameworkVersion: 1 });
    const p0 = body.data.find((d: { product: { slug: string } }) => d.product.slug === world.products[0].slug);
    expect(p0).toMatchObject({ assessedBy: 2, reliedOnBy: 1, frameworkVersion: 1, assessments: 2, assessedWithVersions: [1] });
    expect(p0.qualities).toEqual([
      {
        key: "privacy_principles",
        label: LABEL.privacy_principles,
        latestScore: 5,
        latestAssessedOn: "2026-02-10",
        latestDated: false,
        min: 5,
        max: 5,
        assessments: 1,
        distribution: [0, 0, 0, 0, 1],
      },
      {
        key: "data_sovereignty",
        label: LABEL.data_sovereignty,
        latestScore: 2,
        latestAssessedOn: "2026-02-10",
        latestDated: false,
        min: 2,
        max: 4,
        assessments: 2,
        distribution: [0, 1, 0, 1, 0],
      },
    ]);
    expect(undocumented(paths(body, ""), API_ASSESSMENTS_FIELDS)).toEqual([]);
  });

  it("answers a parameter it does not take with 400", async () => {
    const res = await call(assessmentsLoader as never, get("/api/assessments?agency=1"));
    expect(res.status).toBe(400);
  });

  it("changes its ETag when an assessment is published or relied on", async () => {
    const before = (await call(assessmentsLoader as never, get("/api/assessments"))).headers.get("ETag")!;
    const again = await call(
      assessmentsLoader as never,
      new Request("http://test/api/assessments", { headers: { "If-None-Match": before } }),
    );
    expect(again.status).toBe(304);
    const id = publish({
      productId: world.products[2].id,
      author: staff[3],
      admin: world.admin,
      assessedOn: "2026-03-01",
      scores: { exit_provisions: 4 },
    });
    const published = (await call(assessmentsLoader as never, get("/api/assessments"))).headers.get("ETag")!;
    expect(published).not.toBe(before);
    rely(id, staff[0]);
    expect((await call(assessmentsLoader as never, get("/api/assessments"))).headers.get("ETag")).not.toBe(published);
  });
});

describe("GET /api/assessments.csv", () => {
  it("has one row per product and quality, in the documented columns, and no agency or reason", async () => {
    const res = await call(assessmentsCsvLoader as never, get("/api/assessments.csv"));
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    const text = await res.text();
    noAgencyNorReason(text);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual(ASSESSMENTS_CSV_COLUMNS.map((c) => c.name));
    expect(header).toEqual([
      "product_slug",
      "product_name",
      "framework_version",
      "quality_key",
      "quality_label",
      "agencies_assessed",
      "latest_score",
      "latest_assessed_on",
      "min_score",
      "max_score",
      "assessments",
    ]);
    const sovereignty = rows.find((r) => r[0] === world.products[0].slug && r[3] === "data_sovereignty");
    expect(sovereignty).toEqual([
      world.products[0].slug,
      world.products[0].name,
      "1",
      "data_sovereignty",
      LABEL.data_sovereignty,
      "2",
      "2",
      "2026-02-10",
      "2",
      "4",
      "2",
    ]);
    expect(rows.filter((r) => r[0] === world.products[1].slug).map((r) => r[3])).toEqual(["exit_provisions"]);
  });
});

describe("assessments in /api/products", () => {
  it("gives each listed product its assessed-by and relied-on-by counts, documented", async () => {
    let p0: { assessments: unknown } | undefined;
    for (let page = 1; !p0 && page <= 5; page++) {
      const body = await (await call(apiLoader as never, get(`/api/products?pageSize=100&page=${page}`))).json();
      p0 = body.data.find((d: { slug: string }) => d.slug === world.products[0].slug);
      expect(body.data[0].assessments).toMatchObject({ frameworkVersion: 1 });
    }
    expect(p0!.assessments).toEqual({ assessedBy: 2, reliedOnBy: expect.any(Number), frameworkVersion: 1 });
    const docs = new Set(API_LIST_FIELDS.map((f) => f.name));
    for (const f of ["assessedBy", "reliedOnBy", "frameworkVersion"]) expect(docs.has(`data[].assessments.${f}`)).toBe(true);
  });

  it("gives one product its aggregate per quality, documented, with no agency or reason", async () => {
    const slug = world.products[0].slug;
    const res = await call(apiProductLoader as never, get(`/api/products/${slug}`), { slug });
    const text = await res.text();
    noAgencyNorReason(text);
    const { data } = JSON.parse(text);
    expect(data.assessments).toMatchObject({ assessedBy: 2, frameworkVersion: 1 });
    expect(data.assessments.qualities.map((q: { key: string }) => q.key)).toEqual(["privacy_principles", "data_sovereignty"]);
    const found = [...paths(data.assessments, "data.assessments")];
    const docs = new Set(API_PRODUCT_FIELDS.map((f) => f.name));
    expect(found.filter((p) => !docs.has(p) && !docs.has(p.replace(/\[\]$/, "")) && !docs.has(`${p}[]`))).toEqual([]);
  });
});
