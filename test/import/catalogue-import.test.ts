/**
 * Catalogue import against a real migrated SQLite file. The tests run in order on one database:
 * a rejected file first (on an empty catalogue), then imports that build on each other.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { connection, db } from "~db/client.server";
import { E8_STRATEGIES } from "~/assurance/vocabulary";
import { formatImportError, importCatalogue, readJsonFile, type ImportResult } from "../../seed/import/catalogue-import";

const fixturePath = (name: string) => path.join(__dirname, "fixtures", name);
const fixture = (name: string) => JSON.parse(fs.readFileSync(fixturePath(name), "utf8"));

const TABLES = [
  "assessors",
  "providers",
  "products",
  "categories",
  "agencies",
  "badges",
  "product_categories",
  "product_agencies",
  "product_dependencies",
];

/** Every row of every table the import writes, plus the data_version counter. */
function snapshot() {
  const sqlite = connection().sqlite;
  const rows = Object.fromEntries(TABLES.map((t) => [t, sqlite.prepare(`select * from ${t} order by 1, 2`).all()]));
  return { rows, dataVersion: dataVersion() };
}

function dataVersion(): number {
  const row = connection().sqlite.prepare("select number from meta where key = 'data_version'").get() as { number: number };
  return row.number;
}

function run(data: unknown): ImportResult {
  return importCatalogue({ db: db(), data, source: "import" });
}

function errorsOf(result: ImportResult): string[] {
  if (result.ok) throw new Error("expected the import to fail");
  return result.errors.map(formatImportError);
}

function writeTemp(name: string, text: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "import-test-")), name);
  fs.writeFileSync(file, text);
  return file;
}

const sql = (query: string, ...params: unknown[]) =>
  connection()
    .sqlite.prepare(query)
    .all(...params);

describe("importCatalogue", () => {
  it("reports every bad record with position, field and reason, and changes nothing", () => {
    const before = snapshot();
    expect(errorsOf(run(fixture("import-invalid.json")))).toEqual([
      'products[0].badges[0].assessedOn: "2025-02-30" is not a calendar date (YYYY-MM-DD)',
      'products[0].serviceModel: "Desktop as a Service" is not one of: IaaS, PaaS, SaaS',
      'products[1].builtOn[0]: "test:product:ghost" matches no product externalId in this file or the database',
      'products[1].categories[1].slug: "Secure Mail" is not a slug (lower-case letters and digits joined by hyphens)',
      'products[1].provider: "test:provider:nobody" matches no provider externalId in this file or the database',
      'products[2].agencies[0].relationship: "owner" is not one of: authorised, reusing',
      'products[2].badges[0].level: "TOP SECRET" is not a level of IRAP assessment (OFFICIAL: Sensitive, PROTECTED, SECRET)',
      'products[2].badges[1].level: "ML3" does not match e8Levels, whose lowest strategy gives ML1',
      "products[2].colour: is not a field of this format (see docs/import-format.md)",
      'products[3].externalId: "test:product:quokka-vault" repeats products[0]',
      'products[3].website: "ftp://quokka.example" is not an http or https address',
      'providers[0].dataLocation: "moon" is not one of: onshore, offshore, both',
      'providers[1].externalId: "test:provider:quokka" repeats providers[0]',
    ]);
    expect(snapshot()).toEqual(before);
  });

  it("the CLI prints every error and exits 1", () => {
    let status = 0;
    let stderr = "";
    try {
      execFileSync(process.execPath, ["--import", "tsx", "seed/import.ts", fixturePath("import-invalid.json")], {
        cwd: path.resolve(__dirname, "../.."),
        env: process.env,
        stdio: "pipe",
      });
    } catch (error) {
      ({ status, stderr } = error as { status: number; stderr: string });
    }
    expect(status).toBe(1);
    expect(String(stderr)).toContain("13 problems; nothing was imported.");
    expect(String(stderr)).toContain('products[0].badges[0].assessedOn: "2025-02-30" is not a calendar date');
  });

  it("imports a valid file", () => {
    const result = run(fixture("import-valid.json"));
    expect(result).toEqual({
      ok: true,
      created: { assessors: 1, providers: 2, products: 3, categories: 3, agencies: 2 },
      updated: { assessors: 0, providers: 0, products: 0 },
      unchanged: 0,
    });
    expect(sql("select external_id, slug, listed_on, source from products order by id")).toEqual([
      { external_id: "test:product:wattle-compute", slug: "wattle-compute", listed_on: "2024-07-01", source: "import" },
      {
        external_id: "test:product:banksia-forms",
        slug: "banksia-forms",
        listed_on: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        source: "import",
      },
      // Same name as the product above: the slug takes the provider's name to stay unique.
      { external_id: "test:product:wattle-forms", slug: "banksia-forms-wattle-cloud", listed_on: expect.any(String), source: "import" },
    ]);
    expect(sql("select australian_owned, data_centres, environments, staff_clearance from providers where slug = 'wattle-cloud'")).toEqual([
      { australian_owned: 1, data_centres: '["Canberra","Sydney"]', environments: '["OFFICIAL","PROTECTED"]', staff_clearance: "nv1" },
    ]);
    // "Infrastructure" and "infrastructure" are one category; { slug, name } sets a new one's slug.
    expect(sql("select slug, name from categories order by id")).toEqual([
      { slug: "infrastructure", name: "Infrastructure" },
      { slug: "collaboration", name: "Collaboration" },
      { slug: "forms", name: "Forms and workflow" },
    ]);
    expect(
      sql(`select p.slug, a.name, pa.relationship from product_agencies pa join products p on p.id = pa.product_id
      join agencies a on a.id = pa.agency_id order by p.id, a.name`),
    ).toEqual([
      { slug: "wattle-compute", name: "Department of Testing", relationship: "authorised" },
      { slug: "wattle-compute", name: "Office of Examples", relationship: "reusing" },
      { slug: "banksia-forms", name: "Department of Testing", relationship: "authorised" },
    ]);
    // A registered assessor is linked by name or external id; any other firm stays free text.
    expect(
      sql(`select b.kind, b.level, s.name as assessor, b.assessor_name, b.e8_levels is not null as has_e8
      from badges b left join assessors s on s.id = b.assessor_id order by b.id`),
    ).toEqual([
      { kind: "irap", level: "PROTECTED", assessor: "Southern Cross Assurance", assessor_name: null, has_e8: 0 },
      { kind: "hcf", level: "strategic", assessor: null, assessor_name: null, has_e8: 0 },
      { kind: "e8", level: "ML2", assessor: "Southern Cross Assurance", assessor_name: null, has_e8: 1 },
      { kind: "soc2", level: "Type II", assessor: null, assessor_name: "Example Audit LLP", has_e8: 0 },
      { kind: "iso27001", level: "certified", assessor: null, assessor_name: null, has_e8: 0 },
    ]);
    expect(
      sql(`select p.slug, b.slug as built_on from product_dependencies d join products p on p.id = d.product_id
      join products b on b.id = d.built_on_product_id order by p.id, b.id`),
    ).toEqual([
      { slug: "banksia-forms", built_on: "wattle-compute" },
      { slug: "banksia-forms-wattle-cloud", built_on: "wattle-compute" },
      { slug: "banksia-forms-wattle-cloud", built_on: "banksia-forms" },
    ]);
  });

  it("a second identical import changes nothing, not even data_version", () => {
    const before = snapshot();
    expect(run(fixture("import-valid.json"))).toEqual({
      ok: true,
      created: { assessors: 0, providers: 0, products: 0, categories: 0, agencies: 0 },
      updated: { assessors: 0, providers: 0, products: 0 },
      unchanged: 6,
    });
    expect(snapshot()).toEqual(before);
  });

  it("an edited file rewrites only what changed", () => {
    const data = fixture("import-valid.json");
    const compute = data.products[0];
    compute.badges[0].level = "SECRET";
    compute.agencies = [{ name: "Office of Examples", relationship: "authorised" }];
    compute.summary = "Virtual machines in Canberra and Sydney.";
    const badgeIds = sql("select id, kind from badges where product_id = 1 order by id");
    const before = dataVersion();

    expect(run(data)).toMatchObject({ ok: true, updated: { providers: 0, products: 1 }, unchanged: 5 });
    expect(dataVersion()).toBeGreaterThan(before);
    // The unchanged HCF and E8 badges keep their rows; the IRAP one is replaced.
    const after = sql("select id, kind, level from badges where product_id = 1 order by id") as { id: number; kind: string }[];
    expect(after.filter((b) => b.kind !== "irap").map((b) => b.id)).toEqual(
      (badgeIds as { id: number; kind: string }[]).filter((b) => b.kind !== "irap").map((b) => b.id),
    );
    expect(after.find((b) => b.kind === "irap")).toMatchObject({ level: "SECRET" });
    expect(sql("select agency_id, relationship from product_agencies where product_id = 1")).toEqual([
      { agency_id: 2, relationship: "authorised" },
    ]);
    expect(sql("select slug from products where id = 1")).toEqual([{ slug: "wattle-compute" }]);
  });

  it("resolves builtOn against products already in the database", () => {
    const data = {
      format: "cloud-exchange-catalogue/1",
      products: [
        {
          externalId: "test:product:wattle-backup",
          provider: "test:provider:wattle",
          name: "Wattle Backup",
          serviceModel: "SaaS",
          builtOn: ["test:product:wattle-compute", "test:product:banksia-forms"],
        },
      ],
    };
    expect(run(data)).toMatchObject({ ok: true, created: { products: 1 } });
    expect(
      sql(`select b.external_id from product_dependencies d join products p on p.id = d.product_id
      join products b on b.id = d.built_on_product_id where p.external_id = 'test:product:wattle-backup' order by b.id`),
    ).toEqual([{ external_id: "test:product:wattle-compute" }, { external_id: "test:product:banksia-forms" }]);
  });

  it("stores an Essential Eight badge's overall level as the lowest of its strategies when the file leaves it out", () => {
    const e8Levels = { ...Object.fromEntries(E8_STRATEGIES.map((s) => [s, 3])), patch_operating_systems: 1 };
    const data = {
      format: "cloud-exchange-catalogue/1",
      products: [
        {
          externalId: "test:product:wattle-e8",
          provider: "test:provider:wattle",
          name: "Wattle Essential",
          serviceModel: "SaaS",
          badges: [{ kind: "e8", assessedOn: "2025-06-01", assessor: "Self-assessed", e8Levels }],
        },
      ],
    };
    expect(run(data)).toMatchObject({ ok: true, created: { products: 1 } });
    expect(
      sql(`select b.level from badges b join products p on p.id = b.product_id where p.external_id = 'test:product:wattle-e8'`),
    ).toEqual([{ level: "ML1" }]);
    // Any other kind still needs its level.
    const irap = { ...data, products: [{ ...data.products[0], badges: [{ kind: "irap", assessedOn: "2025-06-01" }] }] };
    expect(errorsOf(run(irap))).toEqual(["products[0].badges[0].level: is required"]);
  });

  it("rolls back every write when the database refuses one", () => {
    const sqlite = connection().sqlite;
    sqlite.exec(`create temp trigger refuse_product before insert on products when new.name = 'Refused'
      begin select raise(abort, 'refused by test trigger'); end`);
    const before = snapshot();
    try {
      const result = run({
        format: "cloud-exchange-catalogue/1",
        providers: [{ externalId: "test:provider:new", name: "New Provider" }],
        products: [{ externalId: "test:product:refused", provider: "test:provider:new", name: "Refused", serviceModel: "SaaS" }],
      });
      expect(errorsOf(result)).toEqual(["the database refused a write, so nothing was imported: refused by test trigger"]);
      expect(snapshot()).toEqual(before);
    } finally {
      sqlite.exec("drop trigger temp.refuse_product");
    }
  });
});

describe("file-level problems", () => {
  it("reports a file that cannot be read", () => {
    const result = readJsonFile({ file: "/nonexistent/catalogue.json" });
    expect(result).toEqual({ ok: false, errors: [{ path: "", message: "cannot read /nonexistent/catalogue.json: no such file" }] });
  });

  it("reports invalid JSON with its line and column", () => {
    // A missing comma after the format line.
    const file = writeTemp("bad.json", '{\n  "format": "cloud-exchange-catalogue/1"\n  "providers": []\n}\n');
    const result = readJsonFile({ file });
    expect(result.ok).toBe(false);
    expect(!result.ok && formatImportError(result.errors[0])).toMatch(/bad\.json is not valid JSON at line 3, column 3: /);
  });

  it("reports an unknown format and reads no further", () => {
    expect(errorsOf(run({ format: "cloud-exchange-catalogue/2", products: [{}] }))).toEqual([
      'format: "cloud-exchange-catalogue/2" is not a known format (expected "cloud-exchange-catalogue/1")',
    ]);
    expect(errorsOf(run([]))).toEqual(['the file must hold a JSON object with a "format" field']);
  });

  it("reports duplicate product externalIds and missing fields", () => {
    const product = { externalId: "dup", provider: "test:provider:wattle", name: "Dup", serviceModel: "SaaS" };
    expect(errorsOf(run({ format: "cloud-exchange-catalogue/1", products: [product, product, { externalId: "x" }] }))).toEqual([
      'products[1].externalId: "dup" repeats products[0]',
      "products[2].name: is required",
      "products[2].provider: is required",
      "products[2].serviceModel: is required",
    ]);
  });
});
