import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~db/client.server";
import { seedDatabase } from "../../seed/seed";
import { CSV_COLUMNS, CSV_HEADER } from "~/open-data/csv-columns";
import { API_LIST_FIELDS, API_PARAMETERS, API_PRODUCT_FIELDS } from "~/open-data/dictionary";
import { loader as apiLoader } from "~/routes/api.products";
import { loader as apiProductLoader } from "~/routes/api.products.$slug";

beforeAll(async () => {
  await seedDatabase({ db: db() });
}, 120_000); // seeding is slow when every test file seeds at once

/** Every leaf path in a JSON value, written the way the dictionary names fields. */
function paths(value: unknown, prefix: string, out: Set<string>): Set<string> {
  if (Array.isArray(value)) {
    out.add(`${prefix}[]`);
    for (const item of value) paths(item, `${prefix}[]`, out);
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) paths(v, prefix ? `${prefix}.${k}` : k, out);
  } else out.add(prefix);
  return out;
}

const normalise = (p: string) =>
  p.replace(/^data\[\]\.assurance\.[a-zA-Z0-9]+/, "data[].assurance.*").replace(/\.e8Levels\.[a-z_]+$/, ".e8Levels.*");

const documented = (fields: { name: string }[]) => new Set(fields.map((f) => f.name));

async function get(loader: (a: never) => Promise<Response>, url: string, params: Record<string, string> = {}) {
  return (await loader({ request: new Request(`http://test${url}`), params, context: {} } as never)).json();
}

describe("the data dictionary", () => {
  it("documents every field the list API returns", async () => {
    const body = await get(apiLoader, "/api/products?pageSize=100");
    const more = await get(apiLoader, "/api/products?pageSize=100&page=2");
    const found = new Set([...paths(body, "", new Set()), ...paths(more, "", new Set())].map(normalise));
    const docs = documented(API_LIST_FIELDS);
    // "data[]" and "data[].categories[]" are containers: a leaf inside them proves the entry.
    const missing = [...found].filter((p) => !docs.has(p) && !docs.has(p.replace(/\[\]$/, "")) && !docs.has(`${p}[]`));
    expect(missing).toEqual([]);
  });

  it("documents every field of a full product, across many products", async () => {
    const { data } = await get(apiLoader, "/api/products?pageSize=100");
    const docs = documented(API_PRODUCT_FIELDS);
    const found = new Set<string>();
    for (const p of data.slice(0, 60)) {
      const detail = await get(apiProductLoader, `/api/products/${p.slug}`, { slug: p.slug });
      for (const path of paths(detail, "", new Set())) found.add(normalise(path));
    }
    const missing = [...found].filter(
      (p) =>
        !docs.has(p) &&
        !docs.has(p.replace(/\[\]$/, "")) &&
        !API_PRODUCT_FIELDS.some((f) => f.name.startsWith(`${p}.`) || f.name.startsWith(`${p}[]`)),
    );
    expect(missing).toEqual([]);
    expect(found.has("data.badges[].expiresOn")).toBe(true);
  });

  it("documents every CSV column and every API parameter, each with a type, meaning and example", () => {
    expect(CSV_HEADER).toHaveLength(CSV_COLUMNS.length);
    for (const f of [...CSV_COLUMNS, ...API_PARAMETERS, ...API_LIST_FIELDS, ...API_PRODUCT_FIELDS]) {
      expect(f.type, f.name).not.toBe("");
      expect(f.meaning, f.name).not.toBe("");
      expect(f.example, f.name).not.toBe("");
    }
  });
});
