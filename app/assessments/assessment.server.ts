/**
 * Agencies' assessments: writing (draft, submit), reading by who may, and the published ones a
 * product's aggregates are built from. Loaders receive named columns only, never whole rows.
 */
import { and, asc, desc, eq, inArray, ne, sql } from "drizzle-orm";
import { db } from "~db/client.server";
import { agencies, assessmentFrameworkVersions, assessmentReliances, assessmentScores, assessments, products, users } from "~db/schema";
import type { IsoDate } from "~/platform/dates";
import type { PublishedAssessment } from "./aggregate";
import type { AssessmentStatus } from "./vocabulary";

const nowSql = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

export interface ScoreInput {
  qualityKey: string;
  score: number;
  justification: string;
  evidenceRef: string | null;
}

export interface AssessmentInput {
  dataClassification: string;
  deploymentSize: string;
  useCase: string;
  assessedOn: IsoDate | null;
  scores: ScoreInput[];
}

export function productForAssessment({ slug }: { slug: string }) {
  return (
    db()
      .select({ id: products.id, slug: products.slug, name: products.name, providerId: products.providerId })
      .from(products)
      .where(eq(products.slug, slug))
      .get() ?? null
  );
}

function writeScores(tx: Parameters<Parameters<ReturnType<typeof db>["transaction"]>[0]>[0], assessmentId: number, scores: ScoreInput[]) {
  tx.delete(assessmentScores).where(eq(assessmentScores.assessmentId, assessmentId)).run();
  if (scores.length > 0)
    tx.insert(assessmentScores)
      .values(scores.map((s) => ({ ...s, assessmentId })))
      .run();
}

/** A new assessment, as a draft or submitted for moderation. */
export function createAssessment({
  productId,
  author,
  frameworkVersionId,
  input,
  submit,
}: {
  productId: number;
  author: { id: number; agencyId: number };
  frameworkVersionId: number;
  input: AssessmentInput;
  submit: boolean;
}): number {
  return db().transaction((tx) => {
    const { scores, ...fields } = input;
    const row = tx
      .insert(assessments)
      .values({
        ...fields,
        productId,
        userId: author.id,
        agencyId: author.agencyId,
        frameworkVersionId,
        status: submit ? "pending" : "draft",
        submittedAt: submit ? sql`${nowSql}` : null,
      })
      .returning({ id: assessments.id })
      .get();
    writeScores(tx, row.id, scores);
    return row.id;
  });
}

/**
 * The author's change to an unpublished assessment. Submitting sends it (back) to moderation;
 * saving a draft of a submitted one takes it out of the queue. False when it is no longer
 * editable (published meanwhile, or not theirs).
 */
export function updateAssessment({
  assessmentId,
  authorId,
  input,
  submit,
}: {
  assessmentId: number;
  authorId: number;
  input: AssessmentInput;
  submit: boolean;
}): boolean {
  return db().transaction((tx) => {
    const { scores, ...fields } = input;
    const changed = tx
      .update(assessments)
      .set({
        ...fields,
        status: submit ? "pending" : "draft",
        submittedAt: submit ? sql`${nowSql}` : null,
        rejectionReason: null,
        updatedAt: sql`${nowSql}`,
      })
      .where(and(eq(assessments.id, assessmentId), eq(assessments.userId, authorId), ne(assessments.status, "published")))
      .run();
    if (changed.changes === 0) return false;
    writeScores(tx, assessmentId, scores);
    return true;
  });
}

/** What the permission checks need. */
export function assessmentFacts(assessmentId: number) {
  return (
    db()
      .select({ authorId: assessments.userId, agencyId: assessments.agencyId, status: assessments.status, providerId: products.providerId })
      .from(assessments)
      .innerJoin(products, eq(products.id, assessments.productId))
      .where(eq(assessments.id, assessmentId))
      .get() ?? null
  );
}

/** One assessment in full, for someone canRead() allowed: scores, justifications and reliances. */
export function assessmentDetail(assessmentId: number) {
  const a = db()
    .select({
      id: assessments.id,
      status: assessments.status,
      dataClassification: assessments.dataClassification,
      deploymentSize: assessments.deploymentSize,
      useCase: assessments.useCase,
      assessedOn: assessments.assessedOn,
      rejectionReason: assessments.rejectionReason,
      submittedAt: assessments.submittedAt,
      publishedAt: assessments.publishedAt,
      updatedAt: assessments.updatedAt,
      authorId: assessments.userId,
      authorName: users.displayName,
      agencyId: assessments.agencyId,
      agencyName: agencies.name,
      frameworkVersionId: assessments.frameworkVersionId,
      frameworkVersion: assessmentFrameworkVersions.version,
      productId: products.id,
      productSlug: products.slug,
      productName: products.name,
      providerId: products.providerId,
    })
    .from(assessments)
    .innerJoin(users, eq(users.id, assessments.userId))
    .innerJoin(agencies, eq(agencies.id, assessments.agencyId))
    .innerJoin(products, eq(products.id, assessments.productId))
    .innerJoin(assessmentFrameworkVersions, eq(assessmentFrameworkVersions.id, assessments.frameworkVersionId))
    .where(eq(assessments.id, assessmentId))
    .get();
  if (!a) return null;
  const scores = db()
    .select({
      qualityKey: assessmentScores.qualityKey,
      score: assessmentScores.score,
      justification: assessmentScores.justification,
      evidenceRef: assessmentScores.evidenceRef,
    })
    .from(assessmentScores)
    .where(eq(assessmentScores.assessmentId, assessmentId))
    .all();
  const reliances = db()
    .select({
      id: assessmentReliances.id,
      agencyId: assessmentReliances.agencyId,
      agencyName: agencies.name,
      notes: assessmentReliances.notes,
      rescores: assessmentReliances.rescores,
      createdAt: assessmentReliances.createdAt,
    })
    .from(assessmentReliances)
    .innerJoin(agencies, eq(agencies.id, assessmentReliances.agencyId))
    .where(eq(assessmentReliances.assessmentId, assessmentId))
    .orderBy(asc(assessmentReliances.createdAt))
    .all();
  return { ...a, status: a.status as AssessmentStatus, scores, reliances };
}

export type AssessmentDetail = NonNullable<ReturnType<typeof assessmentDetail>>;

const summaryColumns = {
  id: assessments.id,
  status: assessments.status,
  dataClassification: assessments.dataClassification,
  deploymentSize: assessments.deploymentSize,
  assessedOn: assessments.assessedOn,
  updatedAt: assessments.updatedAt,
  rejectionReason: assessments.rejectionReason,
  authorId: assessments.userId,
  authorName: users.displayName,
  agencyName: agencies.name,
  productSlug: products.slug,
  productName: products.name,
  frameworkVersion: assessmentFrameworkVersions.version,
  reliedOnBy: sql<number>`(select count(*) from ${assessmentReliances} r where r.assessment_id = ${assessments.id})`,
};

function summaries() {
  return db()
    .select(summaryColumns)
    .from(assessments)
    .innerJoin(users, eq(users.id, assessments.userId))
    .innerJoin(agencies, eq(agencies.id, assessments.agencyId))
    .innerJoin(products, eq(products.id, assessments.productId))
    .innerJoin(assessmentFrameworkVersions, eq(assessmentFrameworkVersions.id, assessments.frameworkVersionId));
}

/** /assessments: what the person wrote, what colleagues in their agency wrote, and what the agency relies on. */
export function assessmentsForStaff({ userId, agencyId }: { userId: number; agencyId: number | null }) {
  const mine = summaries().where(eq(assessments.userId, userId)).orderBy(desc(assessments.updatedAt)).all();
  const agency =
    agencyId === null
      ? []
      : summaries()
          .where(and(eq(assessments.agencyId, agencyId), ne(assessments.userId, userId)))
          .orderBy(desc(assessments.updatedAt))
          .all();
  const reliances =
    agencyId === null
      ? []
      : db()
          .select({
            id: assessmentReliances.id,
            assessmentId: assessments.id,
            notes: assessmentReliances.notes,
            createdAt: assessmentReliances.createdAt,
            authorAgency: agencies.name,
            productSlug: products.slug,
            productName: products.name,
            assessedOn: assessments.assessedOn,
          })
          .from(assessmentReliances)
          .innerJoin(assessments, eq(assessments.id, assessmentReliances.assessmentId))
          .innerJoin(agencies, eq(agencies.id, assessments.agencyId))
          .innerJoin(products, eq(products.id, assessments.productId))
          .where(eq(assessmentReliances.agencyId, agencyId))
          .orderBy(desc(assessmentReliances.createdAt))
          .all();
  return { mine, agency, reliances };
}

/** A product's published assessments, for government users (who assessed, for what use). */
export function publishedAssessmentList(productId: number) {
  return summaries()
    .where(and(eq(assessments.productId, productId), eq(assessments.status, "published")))
    .orderBy(desc(assessments.assessedOn), desc(assessments.id))
    .all();
}

/** The person's own unpublished assessment of a product, to carry on with rather than start again. */
export function ownOpenAssessment({ productId, userId }: { productId: number; userId: number }) {
  return (
    db()
      .select({ id: assessments.id, status: assessments.status })
      .from(assessments)
      .where(and(eq(assessments.productId, productId), eq(assessments.userId, userId), ne(assessments.status, "published")))
      .orderBy(desc(assessments.updatedAt))
      .get() ?? null
  );
}

/** Published assessments of these products with their scores and reliances: what aggregates are built from. */
export function publishedAssessments(productIds: readonly number[]): Map<number, PublishedAssessment[]> {
  const byProduct = new Map<number, PublishedAssessment[]>(productIds.map((id) => [id, []]));
  if (productIds.length === 0) return byProduct;
  const rows = db()
    .select({
      id: assessments.id,
      productId: assessments.productId,
      agencyId: assessments.agencyId,
      assessedOn: assessments.assessedOn,
      publishedAt: assessments.publishedAt,
      frameworkVersion: assessmentFrameworkVersions.version,
    })
    .from(assessments)
    .innerJoin(assessmentFrameworkVersions, eq(assessmentFrameworkVersions.id, assessments.frameworkVersionId))
    .where(and(eq(assessments.status, "published"), inArray(assessments.productId, [...productIds])))
    .all();
  if (rows.length === 0) return byProduct;
  const ids = rows.map((r) => r.id);
  const scores = db()
    .select({ assessmentId: assessmentScores.assessmentId, qualityKey: assessmentScores.qualityKey, score: assessmentScores.score })
    .from(assessmentScores)
    .where(inArray(assessmentScores.assessmentId, ids))
    .all();
  const reliances = db()
    .select({ assessmentId: assessmentReliances.assessmentId, agencyId: assessmentReliances.agencyId })
    .from(assessmentReliances)
    .where(inArray(assessmentReliances.assessmentId, ids))
    .all();
  for (const r of rows) {
    byProduct.get(r.productId)!.push({
      id: r.id,
      agencyId: r.agencyId,
      // A published assessment always has a date; the publication day stands in for seeded rows without one.
      assessedOn: r.assessedOn ?? (r.publishedAt ?? "").slice(0, 10),
      frameworkVersion: r.frameworkVersion,
      scores: scores.filter((s) => s.assessmentId === r.id),
      relyingAgencyIds: reliances.filter((x) => x.assessmentId === r.id).map((x) => x.agencyId),
    });
  }
  return byProduct;
}

/** Products with at least one published assessment: the catalogue's "meets my profile" candidates. */
export function assessedProductIds(): number[] {
  return db()
    .selectDistinct({ id: assessments.productId })
    .from(assessments)
    .where(eq(assessments.status, "published"))
    .all()
    .map((r) => r.id);
}

export function agencyRelies({ assessmentId, agencyId }: { assessmentId: number; agencyId: number }): boolean {
  return (
    db()
      .select({ id: assessmentReliances.id })
      .from(assessmentReliances)
      .where(and(eq(assessmentReliances.assessmentId, assessmentId), eq(assessmentReliances.agencyId, agencyId)))
      .get() !== undefined
  );
}
