/** The fixed lists an assessment is built from, shared by the forms, the model, the seed and the UI. */

export const ASSESSMENT_STATUSES = ["draft", "pending", "published", "rejected"] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export const ASSESSMENT_STATUS_LABELS: Record<AssessmentStatus, string> = {
  draft: "Draft",
  pending: "Waiting for moderation",
  published: "Published",
  rejected: "Not published",
};

/** Justifications: short, but long enough to say why. */
export const JUSTIFICATION = { min: 10, max: 1000 } as const;

/** Abuse limits: generous for people, tight for scripts. */
export const ASSESSMENT_LIMITS = {
  write: { bucket: "assessment-write", limit: 60, windowSeconds: 3600 },
  rely: { bucket: "assessment-rely", limit: 30, windowSeconds: 24 * 3600 },
} as const;
