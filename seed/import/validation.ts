/**
 * Checks a parsed catalogue file before anything is written, collecting every problem with its
 * position, field and reason, e.g. `products[12].badges[0].assessedOn: "2025-02-30" is not a
 * calendar date (YYYY-MM-DD)`, so that one run shows the whole list to fix.
 */
import type { ZodError, ZodIssue } from "zod";
import { CATALOGUE_FORMAT, catalogueSchema, type Catalogue } from "./format";

export interface ImportError {
  /** Where in the file, e.g. `products[3].badges[0].level`; empty for the file as a whole. */
  path: string;
  message: string;
}

export type Validation = { ok: true; catalogue: Catalogue } | { ok: false; errors: ImportError[] };

export function formatImportError(error: ImportError): string {
  return error.path ? `${error.path}: ${error.message}` : error.message;
}

function formatPath(path: readonly (string | number)[]): string {
  return path.map((part, i) => (typeof part === "number" ? `[${part}]` : i === 0 ? part : `.${part}`)).join("");
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let value = data;
  for (const part of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string | number, unknown>)[part];
  }
  return value;
}

function show(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}

function describeIssue(issue: ZodIssue, data: unknown): ImportError[] {
  const value = valueAt(data, issue.path);
  const at = formatPath(issue.path);
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => ({
        path: formatPath([...issue.path, key]),
        message: "is not a field of this format (see docs/import-format.md)",
      }));
    case "invalid_type":
      if (value === undefined) return [{ path: at, message: "is required" }];
      return [{ path: at, message: `${show(value)} is not ${article(issue.expected)}` }];
    case "invalid_enum_value":
      return [{ path: at, message: `${show(value)} is not one of: ${issue.options.join(", ")}` }];
    case "invalid_union": {
      // Report against the alternative the value was meant as (e.g. an object, not a string).
      const meant = issue.unionErrors.find((e) => !e.issues.some((i) => i.code === "invalid_type" && i.path.length === issue.path.length));
      if (meant) return meant.issues.flatMap((i) => describeIssue(i, data));
      return [{ path: at, message: `${show(value)} is not a valid value here (see docs/import-format.md)` }];
    }
    case "too_small":
    case "too_big":
      return [{ path: at, message: issue.message }];
    default:
      return [{ path: at, message: value === undefined ? issue.message : `${show(value)} ${issue.message}` }];
  }
}

/** Zod's issues as ImportErrors that quote the offending value from `data`. */
export function zodErrors(error: ZodError, data: unknown): ImportError[] {
  return error.issues.flatMap((issue) => describeIssue(issue, data));
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/** A lenient view of one list in the raw file, so cross-record checks run even when fields are bad. */
function records(data: unknown, key: string): Record<string, unknown>[] {
  const list = (data as Record<string, unknown>)[key];
  return Array.isArray(list) ? list.map((item) => (item !== null && typeof item === "object" ? item : {})) : [];
}

function trimmed(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() ? value.trim() : undefined;
}

/** Reports each value that repeats an earlier one in the same list (by `key`, e.g. ignoring case). */
function repeats(
  values: (string | undefined)[],
  pathOf: (i: number) => string,
  label: (i: number) => string,
  key: (value: string) => string = (value) => value,
): ImportError[] {
  const first = new Map<string, number>();
  const errors: ImportError[] = [];
  values.forEach((value, i) => {
    if (value === undefined) return;
    const earlier = first.get(key(value));
    if (earlier === undefined) first.set(key(value), i);
    else errors.push({ path: pathOf(i), message: `${show(value)} repeats ${label(earlier)}` });
  });
  return errors;
}

// externalIds must be unique within each list, or the later record would silently win.
function crossRecordProblems(data: unknown): ImportError[] {
  const errors: ImportError[] = [];
  for (const section of ["assessors", "providers", "products"]) {
    const ids = records(data, section).map((r) => trimmed(r.externalId));
    errors.push(
      ...repeats(
        ids,
        (i) => `${section}[${i}].externalId`,
        (i) => `${section}[${i}]`,
      ),
    );
  }
  records(data, "products").forEach((product, i) => {
    const agencies = Array.isArray(product.agencies) ? product.agencies : [];
    const names = agencies.map((a) => trimmed((a as Record<string, unknown> | null)?.name));
    errors.push(
      ...repeats(
        names,
        (j) => `products[${i}].agencies[${j}].name`,
        (j) => `agencies[${j}]`,
        (n) => n.toLowerCase(),
      ),
    );
    const builtOn = Array.isArray(product.builtOn) ? product.builtOn : [];
    builtOn.forEach((ref, j) => {
      if (trimmed(ref) !== undefined && trimmed(ref) === trimmed(product.externalId)) {
        errors.push({ path: `products[${i}].builtOn[${j}]`, message: `${show(ref)} is the product itself` });
      }
    });
  });
  return errors;
}

export interface Reference {
  path: string;
  table: "providers" | "products";
  externalId: string;
}

/**
 * Every provider and built-on reference in the file, read leniently so that they are checked
 * even in a file with other errors; the caller resolves them against the file and the database.
 */
export function referencesIn(data: unknown): { inFile: Record<Reference["table"], Set<string>>; references: Reference[] } {
  const idsOf = (section: string) => new Set(records(data, section).flatMap((r) => trimmed(r.externalId) ?? []));
  const references: Reference[] = [];
  records(data, "products").forEach((product, i) => {
    const provider = trimmed(product.provider);
    if (provider) references.push({ path: `products[${i}].provider`, table: "providers", externalId: provider });
    (Array.isArray(product.builtOn) ? product.builtOn : []).forEach((ref, j) => {
      const externalId = trimmed(ref);
      if (externalId) references.push({ path: `products[${i}].builtOn[${j}]`, table: "products", externalId });
    });
  });
  return { inFile: { providers: idsOf("providers"), products: idsOf("products") }, references };
}

/** File order, so that a person can fix the list top to bottom. */
export function sortErrors(errors: ImportError[]): ImportError[] {
  return [...errors].sort((a, b) => a.path.localeCompare(b.path, "en", { numeric: true }));
}

export function validateCatalogue(data: unknown): Validation {
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return { ok: false, errors: [{ path: "", message: 'the file must hold a JSON object with a "format" field' }] };
  }
  const format = (data as { format?: unknown }).format;
  // Without the right format there is no telling what the other fields mean: stop here.
  if (format !== CATALOGUE_FORMAT) {
    const message =
      format === undefined
        ? `is required ("${CATALOGUE_FORMAT}")`
        : `${show(format)} is not a known format (expected "${CATALOGUE_FORMAT}")`;
    return { ok: false, errors: [{ path: "format", message }] };
  }
  const parsed = catalogueSchema.safeParse(data);
  const errors = [...(parsed.success ? [] : zodErrors(parsed.error, data)), ...crossRecordProblems(data)];
  if (errors.length || !parsed.success) return { ok: false, errors };
  return { ok: true, catalogue: parsed.data };
}
