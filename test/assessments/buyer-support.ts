/**
 * A world for the buyer-facing assessment tests: the demo catalogue (compare, the catalogue and the
 * evidence pack need real listings) with no assessments but this test's own, version 1 of the
 * framework, four agencies with a member of staff each, and an administrator who moderates.
 */
import { asc, eq } from "drizzle-orm";
import { db } from "~db/client.server";
import { agencies, assessmentReliances, assessments, products, requirementProfiles, users } from "~db/schema";
import { FRAMEWORK_V1 } from "~/assessments/framework-v1";
import { currentFramework } from "~/assessments/framework.server";
import { createAssessment } from "~/assessments/assessment.server";
import { moderateAssessment } from "~/assessments/assessment-moderation.server";
import { recordReliance } from "~/assessments/reliance.server";
import { makeUser } from "../accounts/support";
import { seedDatabase } from "../../seed/seed";
import { ensureFrameworkV1 } from "./framework-fixture";

export interface Staff {
  id: number;
  agencyId: number;
  agencyName: string;
}

export async function buyerWorld(tag: string) {
  await seedDatabase({ db: db() });
  // Whatever the demo seed holds, counts in these tests are the tests' own.
  db().delete(assessmentReliances).run();
  db().delete(assessments).run();
  db().delete(requirementProfiles).run();
  ensureFrameworkV1();
  const staff: Staff[] = [];
  for (const n of [1, 2, 3, 4]) {
    const agency = db()
      .insert(agencies)
      .values({ slug: `${tag}-agency-${n}`, name: `${tag} Agency ${n}` })
      .returning({ id: agencies.id, name: agencies.name })
      .get();
    const id = await makeUser({ email: `staff@${tag}-${n}.gov.au`, displayName: `Staff ${n}` });
    db().update(users).set({ agencyId: agency.id }).where(eq(users.id, id)).run();
    staff.push({ id, agencyId: agency.id, agencyName: agency.name });
  }
  const admin = await makeUser({ email: `admin@${tag}.example.com`, roles: ["admin"] });
  // Sample (Australian) products, in a stable order.
  const sample = db()
    .select({ id: products.id, slug: products.slug, name: products.name, providerId: products.providerId })
    .from(products)
    .where(eq(products.source, "sample"))
    .orderBy(asc(products.id))
    .limit(6)
    .all();
  return { staff, admin, products: sample };
}

/** A justification no page a buyer or the public reads may ever show. */
export const secretFor = (key: string) => `Confidential reasoning about ${key} that only government users may read`;

/** Submits and publishes an assessment, as agency staff and a moderator would. */
export function publish({
  productId,
  author,
  admin,
  assessedOn,
  scores,
  classification = "OFFICIAL",
}: {
  productId: number;
  author: Staff;
  admin: number;
  assessedOn: string;
  scores: Record<string, number>;
  classification?: string;
}): number {
  const framework = currentFramework()!;
  const id = createAssessment({
    productId,
    author: { id: author.id, agencyId: author.agencyId },
    frameworkVersionId: framework.id,
    input: {
      dataClassification: classification,
      deploymentSize: "50-500 users",
      useCase: "Case management for a regulatory team.",
      assessedOn,
      scores: Object.entries(scores).map(([qualityKey, score]) => ({
        qualityKey,
        score,
        justification: secretFor(qualityKey),
        evidenceRef: null,
      })),
    },
    submit: true,
  });
  if (!moderateAssessment({ assessmentId: id, moderatorId: admin, decision: "approve" })) throw new Error("not published");
  return id;
}

export function rely(assessmentId: number, by: Staff) {
  const result = recordReliance({ assessmentId, agencyId: by.agencyId, userId: by.id, input: { notes: "", rescores: {} } });
  if (!result.ok) throw new Error(`reliance refused: ${result.reason}`);
}

/** Every quality scored the same: an assessment that meets (or misses) a whole profile. */
export function allScored(score: number): Record<string, number> {
  return Object.fromEntries(FRAMEWORK_V1.qualities.map((q) => [q.key, score]));
}
