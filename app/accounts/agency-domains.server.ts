/** The admin-managed list of extra government e-mail domains, and which agency each belongs to. */
import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "~db/client.server";
import { agencies, agencyDomains } from "~db/schema";
import { agencyDomainProblem, emailDomain } from "./government-domains";

/** A domain as an administrator types it ("@Agency.gov.au" is fine), checked by the domain rules. */
const agencyDomainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .transform((d) => d.replace(/^@/, ""))
  .superRefine((d, ctx) => {
    const problem = agencyDomainProblem(d);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

/** The admin's "add or change a domain" form. */
export const agencyDomainFormSchema = z.object({
  domain: z.string({ required_error: "Enter a domain like agency.gov.au or example.org.au" }).pipe(agencyDomainSchema),
  agencyId: z.number({ invalid_type_error: "Choose an agency from the list" }).int().optional(),
});

export function listAgencyDomainRows() {
  return db()
    .select({
      domain: agencyDomains.domain,
      agencyId: agencyDomains.agencyId,
      agencyName: agencies.name,
      createdAt: agencyDomains.createdAt,
    })
    .from(agencyDomains)
    .leftJoin(agencies, eq(agencies.id, agencyDomains.agencyId))
    .orderBy(asc(agencyDomains.domain))
    .all();
}

/** Adds or re-points a domain; answers whether it was new. */
export function saveAgencyDomain({ domain, agencyId, addedBy }: { domain: string; agencyId: number | null; addedBy: number }): boolean {
  const existing = db().select({ domain: agencyDomains.domain }).from(agencyDomains).where(eq(agencyDomains.domain, domain)).get();
  db()
    .insert(agencyDomains)
    .values({ domain, agencyId, addedBy })
    .onConflictDoUpdate({ target: agencyDomains.domain, set: { agencyId } })
    .run();
  return !existing;
}

export function removeAgencyDomain(domain: string): boolean {
  return db().delete(agencyDomains).where(eq(agencyDomains.domain, domain)).run().changes > 0;
}

/** The agency an address's domain is mapped to, most specific listed domain first. */
export function agencyIdForEmail(email: string): number | null {
  const domain = emailDomain(email);
  if (!domain) return null;
  const matches = db()
    .select({ domain: agencyDomains.domain, agencyId: agencyDomains.agencyId })
    .from(agencyDomains)
    .all()
    .filter((r) => r.agencyId !== null && (domain === r.domain || domain.endsWith(`.${r.domain}`)))
    .sort((a, b) => b.domain.length - a.domain.length);
  return matches[0]?.agencyId ?? null;
}
