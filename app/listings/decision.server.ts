/**
 * An editor's decision on a proposed listing change: approve (optionally noting why) or reject with
 * a reason the provider can act on. Marking a badge verified needs the editor to say they opened and
 * checked its evidence: the box is refused on its own, with or without JavaScript.
 */
import { z } from "zod";

export const decisionSchema = z
  .discriminatedUnion("intent", [
    z.object({
      intent: z.literal("approve"),
      note: z
        .string()
        .trim()
        .max(1000, "At most 1,000 characters")
        .optional()
        .transform((v) => v || null),
      markVerified: z.literal("on").optional(),
      evidenceChecked: z.literal("on").optional(),
    }),
    z.object({
      intent: z.literal("reject"),
      note: z
        .string({ required_error: "Give the provider a reason of at least 5 characters" })
        .trim()
        .min(5, "Give the provider a reason of at least 5 characters")
        .max(1000, "At most 1,000 characters"),
    }),
  ])
  .superRefine((d, ctx) => {
    if (d.intent === "approve" && d.markVerified && !d.evidenceChecked)
      ctx.addIssue({
        code: "custom",
        path: ["evidenceChecked"],
        message: "Open and check the evidence, and tick this box, before marking the badge verified",
      });
  });
