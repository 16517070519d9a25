/**
 * The index on disk, in one binary file: an 8-byte magic, a JSON header (format, the data version
 * the index was built from, and where each array lies), then the arrays themselves, each aligned
 * for a typed-array view. Loading is one read and no parsing of postings: at 40,000 products it
 * takes well under the two-second budget, where Lunr's JSON took longer than a rebuild.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { INDEX_FORMAT, type IndexParts, type Postings } from "./compact-index.server";

const MAGIC = "CXSRCH01";
const ALIGN = 8;

type Section = [offset: number, bytes: number];
interface Header {
  format: string;
  dataVersion: number;
  builtAt: string;
  endianness: string;
  fields: string[];
  /** Offsets from the first byte after the header's padding. */
  sections: Record<string, Section>;
}

const pad = (n: number) => (ALIGN - (n % ALIGN)) % ALIGN;

function sectionsOf(parts: IndexParts): [string, Uint8Array][] {
  const bytes = (a: ArrayBufferView) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  return [
    ["terms", Buffer.from(parts.terms, "utf8")],
    ["surfaces", Buffer.from(parts.surfaces, "utf8")],
    ["surfaceTerm", bytes(parts.surfaceTerm)],
    ["docType", bytes(parts.docType)],
    ["docId", bytes(parts.docId)],
    ...parts.postings.flatMap((p, f): [string, Uint8Array][] => [
      [`offsets.${f}`, bytes(p.offsets)],
      [`docs.${f}`, bytes(p.docs)],
      [`weights.${f}`, bytes(p.weights)],
    ]),
  ];
}

function serialise(parts: IndexParts): Buffer {
  const sections = sectionsOf(parts);
  const table: Record<string, Section> = {};
  let at = 0;
  for (const [name, data] of sections) {
    table[name] = [at, data.byteLength];
    at += data.byteLength + pad(data.byteLength);
  }
  const header: Header = {
    format: parts.format,
    dataVersion: parts.dataVersion,
    builtAt: parts.builtAt,
    endianness: os.endianness(),
    fields: parts.fields,
    sections: table,
  };
  const json = Buffer.from(JSON.stringify(header), "utf8");
  const prefix = Buffer.alloc(12);
  prefix.write(MAGIC, 0, "latin1");
  prefix.writeUInt32LE(json.byteLength, 8);
  const chunks: Uint8Array[] = [prefix, json, Buffer.alloc(pad(12 + json.byteLength))];
  for (const [, data] of sections) chunks.push(data, Buffer.alloc(pad(data.byteLength)));
  return Buffer.concat(chunks);
}

function readHeader(head: Buffer): { header: Header; dataStart: number } | null {
  if (head.byteLength < 12 || head.toString("latin1", 0, 8) !== MAGIC) return null;
  const length = head.readUInt32LE(8);
  if (head.byteLength < 12 + length) return null;
  const header = JSON.parse(head.toString("utf8", 12, 12 + length)) as Header;
  return { header, dataStart: 12 + length + pad(12 + length) };
}

function deserialise(file: Buffer): IndexParts {
  const read = readHeader(file);
  if (!read || read.header.format !== INDEX_FORMAT) throw new Error("Not a search index of this format");
  const { header, dataStart } = read;
  if (header.endianness !== os.endianness()) throw new Error("Search index was written on another byte order");
  // Views need aligned, exclusively owned memory; a small read may come from Buffer's shared pool.
  const buffer = file.byteOffset % ALIGN === 0 ? file : Buffer.from(file);
  const view = <T>(name: string, Type: { new (b: ArrayBuffer, offset: number, length: number): T; BYTES_PER_ELEMENT: number }): T => {
    const [offset, bytes] = header.sections[name];
    return new Type(buffer.buffer as ArrayBuffer, buffer.byteOffset + dataStart + offset, bytes / Type.BYTES_PER_ELEMENT);
  };
  const text = (name: string) => {
    const [offset, bytes] = header.sections[name];
    return buffer.toString("utf8", dataStart + offset, dataStart + offset + bytes);
  };
  const postings: Postings[] = header.fields.map((_, f) => ({
    offsets: view(`offsets.${f}`, Uint32Array),
    docs: view(`docs.${f}`, Int32Array),
    weights: view(`weights.${f}`, Float32Array),
  }));
  return {
    format: INDEX_FORMAT,
    dataVersion: header.dataVersion,
    builtAt: header.builtAt,
    fields: header.fields,
    terms: text("terms"),
    surfaces: text("surfaces"),
    surfaceTerm: view("surfaceTerm", Int32Array),
    docType: view("docType", Uint8Array),
    docId: view("docId", Int32Array),
    postings,
  };
}

/** The data version an index file was built from, reading only its header; null if none. */
export function peekDataVersion(file: string): number | null {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, "r");
    const head = Buffer.alloc(16 * 1024);
    const n = fs.readSync(fd, head, 0, head.length, 0);
    const read = readHeader(head.subarray(0, n));
    return read?.header.format === INDEX_FORMAT ? read.header.dataVersion : null;
  } catch {
    return null;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

export function readIndexFile(file: string): IndexParts | null {
  if (!fs.existsSync(file)) return null;
  return deserialise(fs.readFileSync(file));
}

/**
 * Writes atomically (temporary file, then rename), so a process loading the index never sees half
 * a file. Several processes may race; an older index never replaces a newer one it can see,
 * unless the caller knows its index matches the database now (`current`: e.g. a database
 * restored from an older backup, whose version went down).
 */
export function writeIndexFile(file: string, parts: IndexParts, { current = false } = {}): boolean {
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
