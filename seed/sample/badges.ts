/**
 * Sample assurance badges. Organisation-wide assurance (HCF, Essential Eight, ISO/IEC 27001,
 * SOC 2) is decided once per provider and shared by its products, as it is in life; IRAP, CSA STAR
 * and PCI DSS are per product. The mix is realistic, not uniform: most SaaS carry ISO and SOC 2,
 * about half the catalogue is IRAP-assessed, and Certified Strategic goes to Australian-owned
 * onshore providers.
 */
import { addDays, addMonths, type IsoDate } from "~/platform/dates";
import { e8Overall } from "~/assurance/essential-eight";
import { E8_STRATEGIES, type CsaStarLevel } from "~/assurance/vocabulary";
import { anchorFor, chooseEvidence, ismReleaseBefore, StateCycler, type EvidenceWeights } from "./badge-dates";
import { SAMPLE_ASSESSORS } from "./assessors";
import { australianDataCentres, type SampleProduct } from "./products";
import type { SampleProvider } from "./providers";
import type { Random } from "./random";

export interface SampleBadge {
  productSlug: string;
  kind: string;
  level: string;
  assessedOn: IsoDate | null;
  expiresOn: IsoDate | null;
  periodEnd: IsoDate | null;
  assessorSlug: string | null;
  assessorName: string | null;
  scope: string;
  ismRelease: string | null;
  e8Levels: Record<string, number> | null;
  evidenceLevel: string;
  evidenceRef: string | null;
}

interface Certificate {
  level: string;
  date: IsoDate | null;
  assessorSlug: string | null;
  assessorName: string | null;
  e8Levels?: Record<string, number>;
}

const firms = (kind: string) => SAMPLE_ASSESSORS.filter((a) => a.kinds.includes(kind));
const nameOf = (slug: string | null) => SAMPLE_ASSESSORS.find((a) => a.slug === slug)?.name ?? null;
/** Bodies outside our register, recorded by name only. */
const UNREGISTERED_ISO_BODIES = ["Coral Sea Certification", "Global Assurance Registrar"];
const W = (self_declared: number, document: number, third_party: number): EvidenceWeights => ({ self_declared, document, third_party });

export function buildBadges(opts: { today: IsoDate; providers: SampleProvider[]; products: SampleProduct[]; rng: Random }): SampleBadge[] {
  const { today, rng } = opts;
  const providers = new Map(opts.providers.map((p) => [p.slug, p]));
  const cycler = new StateCycler();
  const certs = new Map<string, Certificate | null>();
  const firstOfProvider = new Set<string>();
  const badges: SampleBadge[] = [];

  /** Organisation-wide certificate, decided the first time one of the provider's products asks. */
  const providerCert = (kind: string, provider: SampleProvider, make: () => Certificate | null) => {
    const key = `${kind}:${provider.slug}`;
    if (!certs.has(key)) certs.set(key, make());
    return certs.get(key) ?? null;
  };

  for (const product of opts.products) {
    const provider = providers.get(product.providerSlug)!;
    const isFirst = !firstOfProvider.has(provider.slug);
    firstOfProvider.add(provider.slug);
    const covered = (p: number) => isFirst || rng.chance(p);
    const au = australianDataCentres(provider);
    const add = (
      b: Omit<SampleBadge, "productSlug" | "evidenceLevel" | "evidenceRef" | "expiresOn" | "periodEnd" | "ismRelease" | "e8Levels"> &
        Partial<SampleBadge>,
      weights: EvidenceWeights,
      selfAssessed = false,
    ) => {
      const year = (b.assessedOn ?? b.periodEnd ?? today).slice(0, 4);
      const evidence = chooseEvidence({
        rng,
        weights,
        listingVerified: product.verification === "verified",
        selfAssessed,
        kind: b.kind,
        providerSlug: provider.slug,
        year,
        assessor: b.assessorName ?? nameOf(b.assessorSlug),
      });
      badges.push({ expiresOn: null, periodEnd: null, ismRelease: null, e8Levels: null, ...b, productSlug: product.slug, ...evidence });
    };

    // IRAP: only for services hosted in Australia; likelier where the provider runs a PROTECTED environment.
    const hasProtected = provider.environments.includes("PROTECTED");
    if (au.length > 0 && rng.chance(hasProtected ? 0.65 : provider.dataLocation === "onshore" ? 0.4 : 0.3)) {
      const level =
        provider.environments.includes("SECRET") && rng.chance(0.35)
          ? "SECRET"
          : hasProtected && rng.chance(0.8)
            ? "PROTECTED"
            : "OFFICIAL: Sensitive";
      const assessedOn = anchorFor(cycler.next("irap"), 24, today, rng);
      const where = joinCities(au);
      const scope =
        product.serviceModel === "IaaS"
          ? `${product.name}, its management plane and the ${where} facilities`
          : product.serviceModel === "PaaS"
            ? `${product.name} control plane, tenant isolation and supporting services in ${where}`
            : `${product.name} application, administration portal and hosting in ${where}`;
      add(
        {
          kind: "irap",
          level,
          assessedOn,
          assessorSlug: rng.pick(firms("irap")).slug,
          assessorName: null,
          scope,
          ismRelease: ismReleaseBefore(assessedOn),
        },
        W(0.1, 0.35, 0.55),
      );
    }

    // HCF: certifies the provider's hosting, so it only means something where data can stay onshore.
    const hcf = provider.hcf;
    if (hcf && au.length > 0 && (product.serviceModel !== "SaaS" || covered(0.85))) {
      const certified = hcf.level !== "uncertified";
      const assessedOn = certified ? addDays(today, -hcf.daysAgo) : null;
      // The DTA ran the HCF until it moved to Home Affairs on 1 May 2023.
      const assessorName = assessedOn ? (assessedOn < "2023-05-01" ? "Digital Transformation Agency" : "Department of Home Affairs") : null;
      const scope =
        hcf.level === "strategic"
          ? `Certified Strategic: government can specify ownership and control conditions for the hosting of ${product.name}.`
          : hcf.level === "assured"
            ? `Certified Assured: ownership changes are guarded by financial penalties and incentives for the hosting of ${product.name}.`
            : "Not certified: suitable only for non-sensitive data or where a risk assessment allows.";
      add(
        { kind: "hcf", level: hcf.level, assessedOn, assessorSlug: null, assessorName, scope },
        certified ? W(0, 0.3, 0.7) : W(1, 0, 0),
        !certified,
      );
    }

    // Essential Eight: an organisation's own maturity, self-assessed or by a third party.
    const e8 = providerCert("e8", provider, () => {
      if (!rng.chance(provider.australianOwned ? 0.65 : 0.2)) return null;
      const target = rng.pick(provider.australianOwned ? [1, 2, 2, 2, 3, 3] : [0, 1, 1, 2, 2, 3]);
      const e8Levels = Object.fromEntries(E8_STRATEGIES.map((s) => [s, Math.max(0, Math.min(3, target + rng.pick([-1, 0, 0, 0, 1])))]));
      const selfAssessed = rng.chance(0.45);
      const firm = selfAssessed ? null : rng.pick(firms("e8")).slug;
      return {
        level: e8Overall(e8Levels)!,
        date: addDays(today, -rng.int(20, 540)),
        assessorSlug: firm,
        assessorName: firm ? nameOf(firm) : "Self-assessed",
        e8Levels,
      };
    });
    if (e8 && covered(0.9)) {
      const selfAssessed = e8.assessorSlug === null;
      add(
        {
          kind: "e8",
          level: e8.level,
          assessedOn: e8.date,
          assessorSlug: e8.assessorSlug,
          assessorName: e8.assessorName,
          e8Levels: e8.e8Levels,
          scope: `Corporate and administration environment supporting ${product.name}`,
        },
        selfAssessed ? W(0.6, 0.4, 0) : W(0, 0.3, 0.7),
        selfAssessed,
      );
    }

    // ISO/IEC 27001: one certificate per provider; three-year cycle from issue.
    const iso = providerCert("iso27001", provider, () => {
      if (!rng.chance(provider.australianOwned ? 0.85 : 0.95)) return null;
      const date = anchorFor(cycler.next("iso27001"), 36, today, rng);
      return rng.chance(0.15)
        ? { level: "certified", date, assessorSlug: null, assessorName: rng.pick(UNREGISTERED_ISO_BODIES) }
        : { level: "certified", date, assessorSlug: rng.pick(firms("iso27001")).slug, assessorName: null };
    });
    const hasIso = !!iso && covered(product.serviceModel === "SaaS" ? 0.95 : 0.85);
    if (iso && hasIso) {
      add(
        {
          kind: "iso27001",
          level: iso.level,
          assessedOn: iso.date,
          expiresOn: addMonths(iso.date!, 36),
          assessorSlug: iso.assessorSlug,
          assessorName: iso.assessorName,
          scope: `Information security management system for the design, operation and support of ${product.name}`,
        },
        W(0.15, 0.45, 0.4),
      );
    }

    // SOC 2 Type II: one report per provider; stale 12 months after the period end.
    const soc2 = providerCert("soc2", provider, () => {
      if (!rng.chance(provider.australianOwned ? 0.55 : 0.9)) return null;
      return {
        level: "type2",
        date: anchorFor(cycler.next("soc2"), 12, today, rng),
        assessorSlug: rng.pick(firms("soc2")).slug,
        assessorName: null,
      };
    });
    const hasSoc2 = !!soc2 && covered(0.9);
    if (soc2 && hasSoc2) {
      add(
        {
          kind: "soc2",
          level: soc2.level,
          assessedOn: null,
          periodEnd: soc2.date,
          assessorSlug: soc2.assessorSlug,
          assessorName: null,
          scope: "Security, availability and confidentiality trust services criteria",
        },
        W(0.1, 0.4, 0.5),
      );
    }

    // CSA STAR: Level 2 builds on ISO (Certification) or SOC 2 (Attestation); otherwise a CAIQ.
    if (rng.chance(provider.australianOwned ? 0.2 : 0.5)) {
      const level: CsaStarLevel =
        hasIso && rng.chance(0.4) ? "level2_certification" : hasSoc2 && rng.chance(0.5) ? "level2_attestation" : "level1_caiq";
      const months = level === "level2_certification" ? 36 : 12;
      const assessedOn = anchorFor(cycler.next(`csa_star:${level}`), months, today, rng);
      const assessorSlug =
        level === "level1_caiq"
          ? null
          : rng.pick(firms("csa_star").filter((f) => f.kinds.includes(level === "level2_certification" ? "iso27001" : "soc2"))).slug;
      add(
        {
          kind: "csa_star",
          level,
          assessedOn,
          expiresOn: level === "level2_certification" ? addMonths(assessedOn, 36) : null,
          assessorSlug,
          assessorName: assessorSlug ? null : "Self-assessed",
          scope: `${product.name}: Cloud Controls Matrix v4`,
        },
        level === "level1_caiq" ? W(0.6, 0.4, 0) : W(0, 0.5, 0.5),
        level === "level1_caiq",
      );
    }

    // PCI DSS: payment features and the hyperscale infrastructure they run on.
    const handlesPayments = product.categorySlugs.some((c) => c === "finance" || c === "customer-engagement");
    const hyperscaleInfra =
      product.serviceModel === "IaaS" && (provider.slug === "halcyon-compute" || provider.slug === "meridian-stratus");
    if ((handlesPayments && rng.chance(0.35)) || (hyperscaleInfra && rng.chance(0.6))) {
      add(
        {
          kind: "pci_dss",
          level: hyperscaleInfra || rng.chance(0.5) ? "Level 1 service provider" : "Level 2 service provider",
          assessedOn: anchorFor(cycler.next("pci_dss"), 12, today, rng),
          assessorSlug: rng.pick(firms("pci_dss")).slug,
          assessorName: null,
          scope: `Cardholder data environment supporting ${product.name}`,
        },
        W(0.05, 0.35, 0.6),
      );
    }
  }
  return badges;
}

function joinCities(cities: string[]): string {
  return cities.length <= 1 ? cities.join("") : `${cities.slice(0, -1).join(", ")} and ${cities[cities.length - 1]}`;
}
