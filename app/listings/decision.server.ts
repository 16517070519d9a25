/**
 * An editor's decision on a proposed listing change: approve (optionally noting why) or reject with
 * a reason the provider can act on.
 */
import { z } from "zod";

export const decisionSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("approve"),
    note: z
      .string()
      .trim()
      .max(1000, "At most 1,000 characters")
      .optional()
      .transform((v) => v || null),
    markVerified: z.literal("on").optional(),
  }),
  z.object({
    intent: z.literal("reject"),
    note: z
      .string({ required_error: "Give the provider a reason of at least 5 characters" })
      .trim()
      .min(5, "Give the provider a reason of at least 5 characters")
      .max(1000, "At most 1,000 characters"),
  }),
]);
