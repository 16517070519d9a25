/**
 * Sample providers: fictional firms with plausible Australian and international profiles. Any
 * resemblance to a real company is accidental; every website is under example.com.
 */
import type { Clearance, DataLocation } from "~/catalogue/vocabulary";
import type { HcfLevel } from "~/assurance/vocabulary";

export interface SampleProvider {
  slug: string;
  name: string;
  headquarters: string;
  australianOwned: boolean;
  ownershipNote: string;
  dataLocation: DataLocation;
  dataCentres: string[];
  supportStaffLocation: "onshore" | "offshore" | "both";
  staffClearance: Clearance;
  securityOperationsCentre: boolean;
  communityRules: boolean;
  environments: string[];
  sme: boolean;
  indigenousBusiness: boolean;
  /** HCF status and how many days ago its certificate was issued (null: never applied). */
  hcf: { level: HcfLevel; daysAgo: number } | null;
  deploymentModel: "public" | "community" | "private" | "hybrid";
  about: string;
}

type Facts = Omit<SampleProvider, "slug" | "name" | "headquarters" | "about" | "hcf" | "deploymentModel">;

const AU_PRIVATE = "Privately owned and controlled by Australian shareholders; no foreign ownership.";
const onshoreAu = (centres: string[], clearance: Clearance, more: Partial<Facts> = {}): Facts => ({
  australianOwned: true,
  ownershipNote: AU_PRIVATE,
  dataLocation: "onshore",
  dataCentres: centres,
  supportStaffLocation: "onshore",
  staffClearance: clearance,
  securityOperationsCentre: false,
  communityRules: false,
  environments: ["OFFICIAL"],
  sme: true,
  indigenousBusiness: false,
  ...more,
});
const foreign = (note: string, location: DataLocation, centres: string[], more: Partial<Facts> = {}): Facts => ({
  australianOwned: false,
  ownershipNote: note,
  dataLocation: location,
  dataCentres: centres,
  supportStaffLocation: location === "offshore" ? "offshore" : "both",
  staffClearance: "none",
  securityOperationsCentre: false,
  communityRules: false,
  environments: ["OFFICIAL"],
  sme: false,
  indigenousBusiness: false,
  ...more,
});

const P = (
  slug: string,
  name: string,
  headquarters: string,
  facts: Facts,
  hcf: SampleProvider["hcf"],
  deploymentModel: SampleProvider["deploymentModel"],
  about: string,
): SampleProvider => ({ slug, name, headquarters, ...facts, hcf, deploymentModel, about });

const PROTECTED_ENVS = ["OFFICIAL", "PROTECTED"];

/** The first provider is the one the demo provider representative manages. */
export const SAMPLE_PROVIDERS: SampleProvider[] = [
  P(
    "wattle-grid",
    "Wattle Grid Systems",
    "Canberra, ACT",
    onshoreAu(["Canberra", "Sydney"], "nv1", {
      securityOperationsCentre: true,
      communityRules: true,
      environments: PROTECTED_ENVS,
      sme: false,
    }),
    { level: "strategic", daysAgo: 640 },
    "community",
    "a Canberra-based sovereign infrastructure provider running government community cloud regions in Canberra and Sydney",
  ),
  P(
    "molonglo-data-centres",
    "Molonglo Data Centres",
    "Canberra, ACT",
    onshoreAu(["Canberra", "Sydney"], "nv2", {
      ownershipNote: "Owned by Australian superannuation funds through an Australian holding company.",
      securityOperationsCentre: true,
      communityRules: true,
      environments: ["OFFICIAL", "PROTECTED", "SECRET"],
      sme: false,
    }),
    { level: "strategic", daysAgo: 1020 },
    "private",
    "a high-assurance data centre and infrastructure operator serving national security and classified workloads",
  ),
  P(
    "brindabella-cloud",
    "Brindabella Cloud Services",
    "Canberra, ACT",
    onshoreAu(["Canberra", "Melbourne"], "baseline", { securityOperationsCentre: true, environments: PROTECTED_ENVS }),
    { level: "assured", daysAgo: 410 },
    "community",
    "a managed cloud and hosting firm for small and medium agencies",
  ),
  P(
    "ironbark-secure-hosting",
    "Ironbark Secure Hosting",
    "Melbourne, VIC",
    onshoreAu(["Melbourne", "Sydney"], "nv1", { securityOperationsCentre: true, communityRules: true, environments: PROTECTED_ENVS }),
    { level: "strategic", daysAgo: 820 },
    "community",
    "a Melbourne infrastructure provider specialising in PROTECTED hosting",
  ),
  P(
    "halcyon-compute",
    "Halcyon Compute",
    "Seattle, United States",
    foreign("Wholly owned subsidiary of a US-listed technology company.", "both", ["Sydney", "Melbourne", "Singapore", "Tokyo"], {
      staffClearance: "baseline",
      securityOperationsCentre: true,
      environments: PROTECTED_ENVS,
    }),
    { level: "assured", daysAgo: 700 },
    "public",
    "a global hyperscale cloud platform with Australian regions in Sydney and Melbourne",
  ),
  P(
    "meridian-stratus",
    "Meridian Stratus Cloud",
    "Dublin, Ireland",
    foreign(
      "Part of a multinational software group listed in the United States.",
      "both",
      ["Sydney", "Canberra", "Singapore", "Frankfurt"],
      { staffClearance: "baseline", securityOperationsCentre: true, environments: PROTECTED_ENVS },
    ),
    { level: "assured", daysAgo: 560 },
    "public",
    "an international public cloud and productivity provider with a Canberra region for government",
  ),
  P(
    "lantern-harbour",
    "Lantern Harbour Systems",
    "Singapore",
    foreign("Privately held; majority owned by a Singapore investment firm.", "both", ["Sydney", "Singapore", "Jakarta"], {
      supportStaffLocation: "offshore",
      securityOperationsCentre: true,
    }),
    { level: "uncertified", daysAgo: 300 },
    "public",
    "a regional cloud provider across South-East Asia and Australia",
  ),
  P(
    "kurrajong-digital",
    "Kurrajong Digital",
    "Sydney, NSW",
    onshoreAu(["Sydney", "Melbourne"], "baseline"),
    { level: "assured", daysAgo: 350 },
    "public",
    "a Sydney software company building workflow products for the public sector",
  ),
  P(
    "coorong-software",
    "Coorong Software",
    "Adelaide, SA",
    onshoreAu(["Adelaide", "Sydney"], "baseline"),
    null,
    "public",
    "an Adelaide software house focused on parliamentary, FOI and records workflows",
  ),
  P(
    "tasman-ridge",
    "Tasman Ridge Technologies",
    "Hobart, TAS",
    onshoreAu(["Hobart", "Melbourne"], "nv1", { securityOperationsCentre: true, environments: PROTECTED_ENVS }),
    { level: "strategic", daysAgo: 480 },
    "private",
    "a Tasmanian private cloud and secure messaging provider",
  ),
  P(
    "bluegum-analytics",
    "Bluegum Analytics",
    "Brisbane, QLD",
    onshoreAu(["Brisbane", "Sydney"], "baseline"),
    { level: "assured", daysAgo: 260 },
    "public",
    "a Brisbane data and analytics company",
  ),
  P(
    "saltbush-labs",
    "Saltbush Labs",
    "Perth, WA",
    onshoreAu(["Perth", "Singapore"], "none", { dataLocation: "both" }),
    null,
    "public",
    "a Perth start-up making low-code tools for service delivery teams",
  ),
  P(
    "mulga-networks",
    "Mulga Networks",
    "Darwin, NT",
    onshoreAu(["Darwin", "Brisbane", "Canberra"], "nv1", { securityOperationsCentre: true, environments: PROTECTED_ENVS, sme: false }),
    { level: "strategic", daysAgo: 900 },
    "community",
    "a network and edge computing provider for regional and remote Australia",
  ),
  P(
    "gidgee-identity",
    "Gidgee Identity",
    "Melbourne, VIC",
    onshoreAu(["Melbourne", "Sydney"], "baseline", { securityOperationsCentre: true, environments: PROTECTED_ENVS }),
    { level: "assured", daysAgo: 380 },
    "public",
    "an Australian identity and access management specialist",
  ),
  P(
    "waratah-people",
    "Waratah People Systems",
    "Sydney, NSW",
    onshoreAu(["Sydney", "Canberra"], "baseline", { sme: false }),
    { level: "assured", daysAgo: 720 },
    "public",
    "a payroll and human resources software provider used across the public sector",
  ),
  P(
    "banksia-caseworks",
    "Banksia Caseworks",
    "Canberra, ACT",
    onshoreAu(["Canberra", "Sydney"], "nv1", { communityRules: true, environments: PROTECTED_ENVS }),
    { level: "strategic", daysAgo: 530 },
    "community",
    "a Canberra case management company serving regulators and investigators",
  ),
  P(
    "yarra-lane-ledger",
    "Yarra Lane Ledger",
    "Melbourne, VIC",
    onshoreAu(["Melbourne"], "baseline"),
    { level: "assured", daysAgo: 200 },
    "public",
    "a Melbourne financial software company",
  ),
  P(
    "spinifex-secops",
    "Spinifex Security Operations",
    "Canberra, ACT",
    onshoreAu(["Canberra"], "nv2", {
      securityOperationsCentre: true,
      communityRules: true,
      environments: ["OFFICIAL", "PROTECTED", "SECRET"],
    }),
    { level: "strategic", daysAgo: 610 },
    "community",
    "a sovereign managed security services provider with a cleared 24/7 security operations centre",
  ),
  P(
    "two-rivers-digital",
    "Two Rivers Digital",
    "Canberra, ACT",
    onshoreAu(["Canberra", "Sydney"], "baseline", {
      ownershipNote: "Majority Indigenous-owned, managed and controlled; registered as an Indigenous business.",
      indigenousBusiness: true,
    }),
    { level: "assured", daysAgo: 330 },
    "public",
    "an Indigenous-owned digital services firm",
  ),
  P(
    "ochre-line",
    "Ochre Line Technology",
    "Brisbane, QLD",
    onshoreAu(["Brisbane"], "none", { ownershipNote: "100% Indigenous-owned and controlled by its founders.", indigenousBusiness: true }),
    null,
    "public",
    "an Indigenous-owned technology company in Brisbane",
  ),
  P(
    "lyrebird-backup",
    "Lyrebird Backup",
    "Hobart, TAS",
    onshoreAu(["Hobart", "Canberra"], "baseline", { securityOperationsCentre: true, environments: PROTECTED_ENVS }),
    { level: "assured", daysAgo: 450 },
    "hybrid",
    "an Australian backup and recovery specialist",
  ),
  P(
    "corella-collaboration",
    "Corella Collaboration",
    "Adelaide, SA",
    onshoreAu(["Adelaide", "Melbourne"], "baseline"),
    { level: "uncertified", daysAgo: 150 },
    "public",
    "an Adelaide company making intranet and collaboration software",
  ),
  P(
    "polaris-peak",
    "Polaris Peak Software",
    "San Francisco, United States",
    foreign("Listed on a US stock exchange.", "both", ["Sydney", "Portland", "Dublin"], {
      supportStaffLocation: "offshore",
      securityOperationsCentre: true,
    }),
    { level: "uncertified", daysAgo: 240 },
    "public",
    "a global workplace collaboration software company",
  ),
  P(
    "fjordline-data",
    "Fjordline Data",
    "Oslo, Norway",
    foreign("Privately held by its Norwegian founders and a European venture fund.", "offshore", ["Stockholm", "Frankfurt"]),
    null,
    "public",
    "a Nordic analytics and lakehouse company",
  ),
  P(
    "cobalt-arc",
    "Cobalt Arc Security",
    "London, United Kingdom",
    foreign("Listed on the London Stock Exchange.", "both", ["Sydney", "London"], {
      staffClearance: "baseline",
      securityOperationsCentre: true,
    }),
    { level: "assured", daysAgo: 390 },
    "public",
    "an international cyber security software vendor with an Australian operations team",
  ),
  P(
    "orchard-ledger",
    "Orchard Ledger",
    "Toronto, Canada",
    foreign("Privately held; controlled by a Canadian private equity firm.", "both", ["Sydney", "Montreal"]),
    null,
    "public",
    "a Canadian enterprise finance software vendor",
  ),
  P(
    "beacon-hill-identity",
    "Beacon Hill Identity",
    "Boston, United States",
    foreign("Listed on a US stock exchange.", "both", ["Sydney", "Ashburn", "Frankfurt"], { securityOperationsCentre: true }),
    { level: "uncertified", daysAgo: 180 },
    "public",
    "a US identity security company",
  ),
  P(
    "kestrel-devworks",
    "Kestrel Devworks",
    "Amsterdam, Netherlands",
    foreign("Privately held; Dutch-owned.", "offshore", ["Amsterdam", "Singapore"]),
    null,
    "public",
    "a European developer tooling company",
  ),
  P(
    "greyfriars-analytics",
    "Greyfriars Analytics",
    "Edinburgh, United Kingdom",
    foreign("Privately held; majority owned by a UK growth fund.", "both", ["Sydney", "London", "Dublin"]),
    null,
    "public",
    "a Scottish business intelligence and data governance vendor",
  ),
  P(
    "nimbus-forge",
    "Nimbus Forge",
    "Austin, United States",
    foreign("Venture-backed private US company.", "both", ["Sydney", "Singapore", "Dallas"], {
      supportStaffLocation: "offshore",
      securityOperationsCentre: true,
    }),
    { level: "uncertified", daysAgo: 120 },
    "public",
    "a developer-focused application platform company",
  ),
  P(
    "sakura-line",
    "Sakura Line Networks",
    "Tokyo, Japan",
    foreign("Subsidiary of a Japanese telecommunications group.", "both", ["Sydney", "Melbourne", "Tokyo", "Singapore"], {
      securityOperationsCentre: true,
    }),
    { level: "assured", daysAgo: 500 },
    "public",
    "a content delivery and edge network operator",
  ),
  P(
    "tidewater-crm",
    "Tidewater CRM",
    "Auckland, New Zealand",
    foreign("Privately held; New Zealand-owned.", "both", ["Sydney", "Auckland"], { staffClearance: "baseline", sme: true }),
    null,
    "public",
    "a New Zealand customer engagement software company",
  ),
  P(
    "quillfeather-hr",
    "Quillfeather HR",
    "London, United Kingdom",
    foreign("Public limited company listed in London.", "both", ["Sydney", "London"]),
    { level: "uncertified", daysAgo: 270 },
    "public",
    "a UK human capital management vendor",
  ),
  P(
    "vantage-loop",
    "Vantage Loop AI",
    "Toronto, Canada",
    foreign("Venture-backed private Canadian company.", "both", ["Sydney", "Toronto"], { supportStaffLocation: "offshore" }),
    null,
    "public",
    "an applied AI company offering model hosting and document understanding",
  ),
  P(
    "silverpine-archive",
    "Silverpine Archive",
    "Wellington, New Zealand",
    foreign("Privately held; New Zealand-owned.", "both", ["Sydney", "Wellington"], { staffClearance: "baseline", sme: true }),
    null,
    "public",
    "a digital preservation and archiving company",
  ),
];
