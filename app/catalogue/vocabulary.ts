/** What a listing says about a service and its provider: the lists the catalogue filters on. */

export const SERVICE_MODELS = ["IaaS", "PaaS", "SaaS"] as const;
export type ServiceModel = (typeof SERVICE_MODELS)[number];

export const CLEARANCES = ["none", "baseline", "nv1", "nv2", "pv"] as const;
export type Clearance = (typeof CLEARANCES)[number];
export const CLEARANCE_LABELS: Record<Clearance, string> = {
  none: "No clearance",
  baseline: "Baseline",
  nv1: "Negative Vetting 1",
  nv2: "Negative Vetting 2",
  pv: "Positive Vetting",
};

/** Where data is held. Onshore sits inside "any location": an onshore product matches both. */
export const DATA_LOCATIONS = ["onshore", "offshore", "both"] as const;
export type DataLocation = (typeof DATA_LOCATIONS)[number];
export const DATA_LOCATION_LABELS: Record<DataLocation, string> = {
  onshore: "Australia only",
  offshore: "Outside Australia",
  both: "Australia and overseas",
};
