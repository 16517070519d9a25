/**
 * Imports a catalogue file (docs/import-format.md) into the database: validate everything first,
 * then write everything in one transaction, or write nothing and say what is wrong.
 */
import fs from "node:fs";
import type { Db } from "~db/client.server";
import { assessors, products, providers, type RecordSource } from "~db/schema";
import { todayIso } from "~/platform/dates";
import type { Catalogue } from "./format";
import { agencyRows, badgeRow, categoryRows, syncAgencies, syncBadges, syncBuiltOn, syncCategories, type Tx } from "./links";
import { upsertByExternalId, type UpsertOutcome } from "./rows";
import { referencesIn, sortErrors, validateCatalogue, type ImportError } from "./validation";

export { formatImportError, type ImportError } from "./validation";

export type ImportSource = Extract<RecordSource, "import" | "fedramp">;

export interface CreatedCounts {
  assessors: number;
  providers: number;
  products: number;
  categories: number;
  agencies: number;
}
export type UpdatedCounts = Pick<CreatedCounts, "assessors" | "providers" | "products">;

export type ImportResult =
  | {
      ok: true;
      created: CreatedCounts;
      /** Records whose row or links (badges, categories, agencies, built on) changed. */
      updated: UpdatedCounts;
      /** Assessors, providers and products in the file that were already exactly as described. */
      unchanged: number;
    }
  | { ok: false; errors: ImportError[] };

export type ReadResult = { ok: true; data: unknown } | { ok: false; errors: ImportError[] };

/** Reads and parses a JSON file, turning each way it can fail into a readable ImportError. */
export function readJsonFile({ file }: { file: string }): ReadResult {
  let text: string;
  try {
    // A byte-order mark is legal in a UTF-8 file but not in JSON.
    text = fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
    return { ok: false, errors: [{ path: "", message: `cannot read ${file}: ${reason}` }] };
  }
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message)?.[1];
    const offset = position === undefined ? (message.includes("end of JSON") ? text.length : -1) : +position;
    let where = "";
    if (offset >= 0) {
      const before = text.slice(0, offset).split("\n");
      where = ` at line ${before.length}, column ${before[before.length - 1].length + 1}`;
    }
    return { ok: false, errors: [{ path: "", message: `${file} is not valid JSON${where}: ${message}` }] };
  }
}

/** Provider and built-on references may point at rows already in the database. */
function unresolvedReferences(tx: Tx, data: unknown): ImportError[] {
  const { inFile, references } = referencesIn(data);
  const known = (table: typeof providers | typeof products) => {
    const ids = new Set(inFile[table === providers ? "providers" : "products"]);
    for (const row of tx.select({ externalId: table.externalId }).from(table).all()) {
      if (row.externalId) ids.add(row.externalId);
    }
    return ids;
  };
  const knownIds = { providers: known(providers), products: known(products) };
  return references
    .filter((ref) => !knownIds[ref.table].has(ref.externalId))
    .map((ref) => ({
      path: ref.path,
      message: `"${ref.externalId}" matches no ${ref.table === "providers" ? "provider" : "product"} externalId in this file or the database`,
    }));
}

/** Runs once every product in the file has a row, so that "built on" has ids to point at. */
function syncLinks(tx: Tx, catalogue: Catalogue, source: ImportSource) {
  const assessorIds = new Map<string, number>();
  for (const a of tx.select({ id: assessors.id, externalId: assessors.externalId, name: assessors.name }).from(assessors).all()) {
    assessorIds.set(a.name.toLowerCase(), a.id);
    if (a.externalId) assessorIds.set(a.externalId.toLowerCase(), a.id);
  }
  const productIds = new Map(
    tx
      .select({ id: products.id, externalId: products.externalId })
      .from(products)
      .all()
      .map((p) => [p.externalId, p.id]),
  );
  const categories = categoryRows(tx);
  const agencies = agencyRows(tx, source);
  const changed = new Set<string>();
  for (const p of catalogue.products) {
    const id = productIds.get(p.externalId)!;
    const results = [
      syncCategories(tx, id, new Set(p.categories.map((c) => categories.idFor(c)))),
      syncAgencies(tx, id, new Map(p.agencies.map((a) => [agencies.idFor(a.name), a.relationship]))),
      syncBadges(
        tx,
        id,
        p.badges.map((b) => badgeRow(b, b.assessor ? assessorIds.get(b.assessor.toLowerCase()) : undefined)),
      ),
      syncBuiltOn(tx, id, new Set(p.builtOn.map((ref) => productIds.get(ref)!))),
    ];
    if (results.some(Boolean)) changed.add(p.externalId);
  }
  return { changed, categoriesCreated: categories.created, agenciesCreated: agencies.created };
}

function write(tx: Tx, catalogue: Catalogue, source: ImportSource): ImportResult {
  const now = new Date().toISOString();
  const assessorOutcome = upsertByExternalId(
    tx,
    assessors,
    catalogue.assessors.map(({ externalId, ...values }) => ({
      externalId,
      slugName: values.name,
      values: { ...values, source },
    })),
    now,
  );
  const providerOutcome = upsertByExternalId(
    tx,
    providers,
    catalogue.providers.map(({ externalId, website, headquarters, ...values }) => ({
      externalId,
      slugName: values.name,
      values: { ...values, website: website ?? null, headquarters: headquarters ?? null, source },
    })),
    now,
  );
  const providerRows = new Map(
    tx
      .select({ id: providers.id, externalId: providers.externalId, name: providers.name })
      .from(providers)
      .all()
      .map((p) => [p.externalId, p]),
  );
  const productOutcome = upsertByExternalId(
    tx,
    products,
    catalogue.products.map((p) => ({
      externalId: p.externalId,
      slugName: p.name,
      slugQualifier: providerRows.get(p.provider)!.name,
      values: {
        providerId: providerRows.get(p.provider)!.id,
        name: p.name,
        summary: p.summary,
        description: p.description,
        serviceModel: p.serviceModel,
        deploymentModel: p.deploymentModel ?? null,
        website: p.website ?? null,
        communityRulesRequired: p.communityRulesRequired,
        mappedFields: p.mappedFields,
        source,
        ...(p.listedOn ? { listedOn: p.listedOn } : {}),
      },
      onCreate: { listedOn: todayIso() },
    })),
    now,
  );

  const links = syncLinks(tx, catalogue, source);

  // A record created in this run counts once, as created, even though its links were written too.
  const changedAfterCreate = (outcome: UpsertOutcome, also: Set<string> = new Set()) =>
    new Set([...outcome.updated, ...also].filter((id) => !outcome.created.has(id))).size;
  const updated: UpdatedCounts = {
    assessors: changedAfterCreate(assessorOutcome),
    providers: changedAfterCreate(providerOutcome),
    products: changedAfterCreate(productOutcome, links.changed),
  };
  const created: CreatedCounts = {
    assessors: assessorOutcome.created.size,
    providers: providerOutcome.created.size,
    products: productOutcome.created.size,
    categories: links.categoriesCreated,
    agencies: links.agenciesCreated,
  };
  const records = catalogue.assessors.length + catalogue.providers.length + catalogue.products.length;
  const touched = created.assessors + created.providers + created.products + updated.assessors + updated.providers + updated.products;
  return { ok: true, created, updated, unchanged: records - touched };
}

export function importCatalogue({ db, data, source }: { db: Db; data: unknown; source: ImportSource }): ImportResult {
  const validation = validateCatalogue(data);
  // A format error means the rest cannot be read as this format: report that alone.
  if (!validation.ok && validation.errors.some((e) => e.path === "format" || e.path === "")) return validation;
  try {
    // Synchronous on purpose: better-sqlite3 transactions cannot span an await. An exception from
    // any write rolls the whole import back.
    return db.transaction(
      (tx): ImportResult => {
        const errors = [...(validation.ok ? [] : validation.errors), ...unresolvedReferences(tx, data)];
        if (errors.length || !validation.ok) return { ok: false, errors: sortErrors(errors) };
        return write(tx, validation.catalogue, source);
      },
      { behavior: "immediate" },
    );
  } catch (error) {
    // A constraint or I/O failure is the file's or the disk's problem; a bug should still throw.
    if (!String((error as { code?: unknown }).code ?? "").startsWith("SQLITE_")) throw error;
    const message = `the database refused a write, so nothing was imported: ${(error as Error).message}`;
    return { ok: false, errors: [{ path: "", message }] };
  }
}
