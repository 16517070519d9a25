/** Checks a responsibility form or a stored proposal against the rules of a valid model. */
import { z } from "zod";
import type { ServiceModel } from "~/catalogue/vocabulary";
import { CONTROL_AREAS, CONTROL_AREA_INFO, PARTIES } from "./areas";
import { defaultMatrix } from "./defaults";
import { outcome, parseForm, type ParsedForm } from "~/platform/forms.server";
import { NOTE_MAX, noteField, partyField, type ResponsibilityForm } from "./form";
import type { ResponsibilityRow } from "./model";

const entrySchema = z.object({
  party: z.enum(PARTIES, { errorMap: () => ({ message: "Choose the provider, shared or the agency." }) }),
  note: z
    .string()
    .trim()
    .max(NOTE_MAX, `Keep the note to one line of at most ${NOTE_MAX} characters.`)
    .refine((s) => !/[\r\n]/.test(s), "Keep the note to one line.")
    .optional()
    .transform((s) => s ?? ""),
});

/**
 * The form's fields are named `party.<area>` and `note.<area>`, which conform reads as two objects.
 * They are taken loosely and checked area by area, so one refusal never hides another: every area
 * that needs attention is reported in one answer.
 */
function responsibilityFormSchema(serviceModel: ServiceModel) {
  const defaults = defaultMatrix(serviceModel);
  const loose = z
    .record(z.unknown())
    .optional()
    .transform((v) => v ?? {});
  return z
    .object({
      party: loose,
      note: loose,
      communityRulesRequired: z
        .boolean()
        .optional()
        .transform((v) => v ?? false),
    })
    .superRefine((v, ctx) => {
      for (const area of CONTROL_AREAS) {
        const parsed = entrySchema.safeParse({ party: v.party[area], note: v.note[area] });
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          ctx.addIssue({
            code: "custom",
            path: [issue?.path[0] === "party" ? "party" : "note", area],
            message: issue?.message ?? "Check this area.",
          });
        } else if (parsed.data.party !== defaults[area].party && parsed.data.note === "") {
          ctx.addIssue({
            code: "custom",
            path: ["note", area],
            message: `Say in one line why ${CONTROL_AREA_INFO[area].label.toLowerCase()} differs from the usual ${serviceModel} split.`,
          });
        }
      }
    })
    .transform((v): ResponsibilityForm => ({
      entries: CONTROL_AREAS.map((area) => ({ area, ...entrySchema.parse({ party: v.party[area], note: v.note[area] }) })),
      communityRulesRequired: v.communityRulesRequired,
    }));
}

export function parseResponsibilityForm(form: FormData, serviceModel: ServiceModel): ParsedForm<ResponsibilityForm> {
  return parseForm(form, responsibilityFormSchema(serviceModel));
}

const changeSchema = z.object({
  entries: z.array(z.object({ area: z.enum(CONTROL_AREAS), party: z.string(), note: z.string() })),
  // Only present when the proposal changes it, so approval cannot undo an edit made meanwhile.
  communityRulesRequired: z.boolean().optional(),
});

/**
 * Re-checks a change stored as JSON (a provider's proposal waiting in the approval queue) by the
 * same rules as the form, so an approver can never apply what the form would have refused.
 * Areas the change leaves out, and the community-rules flag when it is left out, keep the product's
 * current values.
 */
export function parseResponsibilityChange(
  json: unknown,
  {
    serviceModel,
    current,
    communityRulesRequired,
  }: { serviceModel: ServiceModel; current: ResponsibilityRow[]; communityRulesRequired: boolean },
): ParsedForm<ResponsibilityForm> {
  const shape = changeSchema.safeParse(json);
  if (!shape.success) return { ok: false, reply: outcome({ errors: { "": "This change is not a responsibility model." } }) };
  const form = new FormData();
  for (const r of current) {
    form.set(partyField(r.area), r.party);
    form.set(noteField(r.area), r.note);
  }
  for (const e of shape.data.entries) {
    form.set(partyField(e.area), e.party);
    form.set(noteField(e.area), e.note);
  }
  if (shape.data.communityRulesRequired ?? communityRulesRequired) form.set("communityRulesRequired", "on");
  return parseResponsibilityForm(form, serviceModel);
}
