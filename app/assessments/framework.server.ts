/**
 * The framework's published versions. Versions are only ever added: an assessment points at the
 * version it used, so changing one in place would change what every earlier assessment meant.
 */
import { asc, desc, eq, max } from "drizzle-orm";
import { db } from "~db/client.server";
import { assessmentFrameworkVersions } from "~db/schema";
import { todayIso, type IsoDate } from "~/platform/dates";
import { versionInForce, type FrameworkDocument, type FrameworkVersion } from "./framework";

const columns = {
  id: assessmentFrameworkVersions.id,
  version: assessmentFrameworkVersions.version,
  effectiveFrom: assessmentFrameworkVersions.effectiveFrom,
  summary: assessmentFrameworkVersions.summary,
  sourceTitle: assessmentFrameworkVersions.sourceTitle,
  sourceUrl: assessmentFrameworkVersions.sourceUrl,
  document: assessmentFrameworkVersions.document,
  createdAt: assessmentFrameworkVersions.createdAt,
};

type Row = { document: Record<string, unknown> } & Omit<FrameworkVersion, "document"> & { createdAt: string };
export type StoredFrameworkVersion = FrameworkVersion & { createdAt: string };

// The document was checked against the framework schema when it was published.
const toVersion = (row: Row): StoredFrameworkVersion => ({ ...row, document: row.document as unknown as FrameworkDocument });

/** Every version, newest first. */
export function frameworkVersions(): StoredFrameworkVersion[] {
  return db().select(columns).from(assessmentFrameworkVersions).orderBy(desc(assessmentFrameworkVersions.version)).all().map(toVersion);
}

export function frameworkVersionById(id: number): StoredFrameworkVersion | null {
  const row = db().select(columns).from(assessmentFrameworkVersions).where(eq(assessmentFrameworkVersions.id, id)).get();
  return row ? toVersion(row) : null;
}

export function frameworkVersionByNumber(version: number): StoredFrameworkVersion | null {
  const row = db().select(columns).from(assessmentFrameworkVersions).where(eq(assessmentFrameworkVersions.version, version)).get();
  return row ? toVersion(row) : null;
}

/**
 * The version new assessments use and profiles start from: the newest in force today. Null only
 * before the framework has been published (a database that was migrated but never set up).
 */
export function currentFramework(today: IsoDate = todayIso()): StoredFrameworkVersion | null {
  return versionInForce(frameworkVersions(), today) ?? null;
}

/** Versions published but not yet in force, soonest first. */
export function upcomingFrameworks(today: IsoDate = todayIso()): StoredFrameworkVersion[] {
  return frameworkVersions()
    .filter((v) => v.effectiveFrom > today)
    .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
}

export interface NewFrameworkVersion {
  effectiveFrom: IsoDate;
  summary: string;
  sourceTitle: string;
  sourceUrl: string;
  document: FrameworkDocument;
}

/** Adds the next version; the route audits it. Returns the new version's number. */
export function publishFrameworkVersion({ input, createdBy }: { input: NewFrameworkVersion; createdBy: number | null }): number {
  return db().transaction((tx) => {
    const latest =
      tx
        .select({ n: max(assessmentFrameworkVersions.version) })
        .from(assessmentFrameworkVersions)
        .get()?.n ?? 0;
    const version = latest + 1;
    tx.insert(assessmentFrameworkVersions)
      .values({ ...input, version, document: input.document as unknown as Record<string, unknown>, createdBy })
      .run();
    return version;
  });
}

/** Oldest first, for the history timeline. */
export function frameworkHistory() {
  return db()
    .select({
      version: assessmentFrameworkVersions.version,
      effectiveFrom: assessmentFrameworkVersions.effectiveFrom,
      summary: assessmentFrameworkVersions.summary,
      createdAt: assessmentFrameworkVersions.createdAt,
    })
    .from(assessmentFrameworkVersions)
    .orderBy(asc(assessmentFrameworkVersions.version))
    .all();
}
