/**
 * Sample products whose shared responsibility differs from their service model's default in ways a
 * buyer should notice: keys the agency holds itself, patching the provider takes on, backups the
 * agency must run, sovereign services that demand cleared staff and signed community rules.
 * Every other product keeps its service model's defaults, which need no rows.
 *
 * Idempotent: a product is seeded only while it has no override rows at all, so re-running the
 * seed never duplicates rows nor undoes an administrator's edit (edits always leave rows behind).
 */
import { eq, inArray } from "drizzle-orm";
import type { Db } from "~db/client.server";
import { products, providers, responsibilityOverrides } from "~db/schema";
import type { ControlArea, Party } from "~/responsibility/areas";

interface SampleModel {
  slug: string;
  /** Only set where the provider itself has community rules; see below. */
  communityRulesRequired?: true;
  areas: Partial<Record<ControlArea, [Party, string]>>;
}

export const SAMPLE_RESPONSIBILITY: SampleModel[] = [
  {
    slug: "meridian-stratus-office",
    areas: {
      encryption_keys: ["agency", "Customer key (BYOK): the agency holds the root key in its own HSM and can revoke the service's access."],
    },
  },
  {
    slug: "meridian-stratus-key-management",
    areas: { encryption_keys: ["agency", "The agency creates, rotates and revokes its keys; Meridian runs the HSMs but cannot use them."] },
  },
  {
    slug: "tasman-ridge-secure-messaging",
    areas: {
      encryption_keys: ["shared", "End-to-end encrypted: keys live on the agency's managed devices; the agency enrols and revokes them."],
    },
  },
  {
    slug: "brindabella-virtual-servers",
    areas: {
      os_patching: [
        "shared",
        "Optional managed patching: Brindabella patches guest operating systems monthly; the agency approves the windows.",
      ],
      vulnerability_management: ["shared", "Brindabella scans managed servers weekly; the agency fixes what it installs."],
    },
  },
  {
    slug: "brindabella-desktop-cloud",
    areas: {
      os_patching: ["provider", "Brindabella patches the desktop operating system image within 48 hours of a critical fix."],
      app_patching: ["shared", "Brindabella patches the standard desktop applications; the agency patches any it adds."],
    },
  },
  {
    slug: "lantern-harbour-managed-mysql",
    areas: { backup_recovery: ["agency", "No automatic backups: the agency schedules dumps and copies them off the platform."] },
  },
  {
    slug: "wattle-grid-kubernetes-service",
    areas: { os_patching: ["shared", "Wattle Grid patches the control plane; the agency upgrades its worker node images."] },
  },
  {
    slug: "wattle-grid-object-storage",
    areas: {
      encryption_keys: ["provider", "Server-side encryption is always on, with keys held in Wattle Grid's onshore HSM."],
      data_location: ["provider", "Buckets exist only in Canberra and Sydney; no overseas region is offered."],
    },
  },
  {
    slug: "molonglo-secure-compute",
    communityRulesRequired: true,
    areas: {
      network: ["provider", "Molonglo runs the classified network and gateways; agencies connect over dedicated fibre."],
      personnel_clearance: ["provider", "Every administrator and data centre worker holds NV2; agencies sign the community rules first."],
    },
  },
  {
    slug: "molonglo-cross-domain-network",
    communityRulesRequired: true,
    areas: { network: ["provider", "Molonglo operates the cross-domain solutions and accredited gateways end to end."] },
  },
  {
    slug: "spinifex-managed-siem",
    communityRulesRequired: true,
    areas: { logging_monitoring: ["provider", "NV2-cleared analysts in Spinifex's 24/7 operations centre watch the agency's logs."] },
  },
  {
    slug: "banksia-investigations",
    communityRulesRequired: true,
    areas: {
      personnel_clearance: ["shared", "Banksia staff hold NV1; the community rules require every agency user to hold at least Baseline."],
    },
  },
  {
    slug: "lyrebird-saas-backup",
    areas: { backup_recovery: ["provider", "Lyrebird keeps immutable copies for the agency and runs a restore test every quarter."] },
  },
  {
    slug: "gidgee-workforce-identity",
    areas: { mfa: ["provider", "Phishing-resistant multi-factor authentication is enforced for every user and cannot be turned off."] },
  },
  {
    slug: "vantage-loop-assistant",
    areas: { data_location: ["shared", "Prompts may be processed in Toronto unless the agency pins the Sydney region."] },
  },
];

export function seedResponsibility(db: Db): { productsSeeded: number } {
  const slugs = SAMPLE_RESPONSIBILITY.map((m) => m.slug);
  const found = db
    .select({ id: products.id, slug: products.slug, providerCommunityRules: providers.communityRules })
    .from(products)
    .innerJoin(providers, eq(products.providerId, providers.id))
    .where(inArray(products.slug, slugs))
    .all();
  const bySlug = new Map(found.map((p) => [p.slug, p]));
  let productsSeeded = 0;
  db.transaction((tx) => {
    for (const model of SAMPLE_RESPONSIBILITY) {
      // A catalogue without the sample products (an import only) simply gets no sample overrides.
      const product = bySlug.get(model.slug);
      if (!product) continue;
      const hasRows = tx
        .select({ area: responsibilityOverrides.area })
        .from(responsibilityOverrides)
        .where(eq(responsibilityOverrides.productId, product.id))
        .limit(1)
        .get();
      if (hasRows) continue;
      for (const [area, [party, note]] of Object.entries(model.areas)) {
        tx.insert(responsibilityOverrides).values({ productId: product.id, area, party, note }).run();
      }
      // A product cannot demand community rules its provider does not have.
      if (model.communityRulesRequired && product.providerCommunityRules) {
        tx.update(products).set({ communityRulesRequired: true }).where(eq(products.id, product.id)).run();
      }
      productsSeeded += 1;
    }
  });
  return { productsSeeded };
}
