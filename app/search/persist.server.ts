/**
 * The index on disk: one JSON document (the configured path ends in .json) whose arrays are
 * base64 little-endian bytes. Loading is a parse and a few base64 decodes, with no per-posting
 * objects, which keeps start-up under two seconds at 40,000 products. The header comes first so
 * that another process can read the data version it was built from without parsing the rest.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { INDEX_FORMAT, type IndexParts } from "./compact-index.server";

type ArrayName = "surfaceTerm" | "docType" | "docId";

function encode(a: ArrayBufferView): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString("base64");
}

function decode<T>(b64: string, Type: { new (buffer: ArrayBuffer): T; BYTES_PER_ELEMENT: number }): T {
  const bytes = Buffer.from(b64, "base64");
  // A typed-array view needs an aligned, exclusively owned buffer; Buffer may hand out a pool slice.
  const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  const buffer = own ? bytes.buffer : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  return new Type(buffer as ArrayBuffer);
}

export function serialise(parts: IndexParts): string {
  const arrays: Record<ArrayName, string> = {
    surfaceTerm: encode(parts.surfaceTerm),
    docType: encode(parts.docType),
    docId: encode(parts.docId),
  };
  return JSON.stringify({
    format: parts.format,
    dataVersion: parts.dataVersion,
    builtAt: parts.builtAt,
    endianness: os.endianness(),
    fields: parts.fields,
    terms: parts.terms,
    surfaces: parts.surfaces,
    arrays,
    postings: parts.postings.map((p) => ({ offsets: encode(p.offsets), docs: encode(p.docs), weights: encode(p.weights) })),
  });
}

export function deserialise(json: string): IndexParts {
  const raw = JSON.parse(json);
  if (raw.format !== INDEX_FORMAT) throw new Error(`Unknown search index format ${String(raw.format)}`);
  if (raw.endianness !== os.endianness()) throw new Error("Search index was written on another byte order");
  return {
    format: raw.format,
    dataVersion: Number(raw.dataVersion),
    builtAt: String(raw.builtAt),
    fields: raw.fields,
    terms: raw.terms,
    surfaces: raw.surfaces,
    surfaceTerm: decode(raw.arrays.surfaceTerm, Int32Array),
    docType: decode(raw.arrays.docType, Uint8Array),
    docId: decode(raw.arrays.docId, Int32Array),
    postings: (raw.postings as Record<string, string>[]).map((p) => ({
      offsets: decode(p.offsets, Uint32Array),
      docs: decode(p.docs, Int32Array),
      weights: decode(p.weights, Float32Array),
    })),
  };
}

/** The data version an index file was built from, reading only its first bytes; null if none. */
export function peekDataVersion(file: string): number | null {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, "r");
    const head = Buffer.alloc(256);
    const n = fs.readSync(fd, head, 0, head.length, 0);
    const text = head.subarray(0, n).toString("utf8");
    if (!text.includes(`"format":"${INDEX_FORMAT}"`)) return null;
    const m = /"dataVersion":(-?\d+(?:\.\d+)?)/.exec(text);
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

export function readIndexFile(file: string): IndexParts | null {
  if (!fs.existsSync(file)) return null;
  return deserialise(fs.readFileSync(file, "utf8"));
}

/**
 * Writes atomically (temporary file, then rename), so a process loading the index never sees half
 * a file. Several processes may race; an older index never replaces a newer one it can see.
 */
export function writeIndexFile(file: string, parts: IndexParts, { current = false } = {}): boolean {
  // `current`: the caller knows parts match the database now (e.g. a database restored from an
  // older backup, whose version went down), so whatever the file holds is out of date.
  const existing = peekDataVersion(file);
  if (!current && existing !== null && existing > parts.dataVersion) return false;
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    fs.writeFileSync(tmp, serialise(parts));
    fs.renameSync(tmp, file);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
  return true;
}
