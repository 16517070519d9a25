/** Checks a responsibility form or a stored proposal against the rules of a valid model. */
import { z } from "zod";
import type { ServiceModel } from "~/catalogue/vocabulary";
import { CONTROL_AREAS, CONTROL_AREA_INFO, PARTIES } from "./areas";
import { defaultMatrix } from "./defaults";
import { NOTE_MAX, noteField, partyField, typedValues, type FieldErrors, type ParseResult, type ResponsibilityEntry } from "./form";
import type { ResponsibilityRow } from "./model";

const entrySchema = z.object({
  party: z.enum(PARTIES, { errorMap: () => ({ message: "Choose the provider, shared or the agency." }) }),
  note: z
    .string()
    .trim()
    .max(NOTE_MAX, `Keep the note to one line of at most ${NOTE_MAX} characters.`)
    .refine((s) => !/[\r\n]/.test(s), "Keep the note to one line."),
});

export function parseResponsibilityForm(form: FormData, serviceModel: ServiceModel): ParseResult {
  const defaults = defaultMatrix(serviceModel);
  const errors: FieldErrors = {};
  const values = typedValues(form);
  const entries: ResponsibilityEntry[] = [];
  for (const area of CONTROL_AREAS) {
    const party = values[partyField(area)];
    const note = values[noteField(area)];
    const parsed = entrySchema.safeParse({ party, note });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      errors[issue?.path[0] === "party" ? partyField(area) : noteField(area)] = issue?.message ?? "Check this area.";
      continue;
    }
    if (parsed.data.party !== defaults[area].party && parsed.data.note === "") {
      errors[noteField(area)] =
        `Say in one line why ${CONTROL_AREA_INFO[area].label.toLowerCase()} differs from the usual ${serviceModel} split.`;
      continue;
    }
    entries.push({ area, ...parsed.data });
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors, values };
  return { ok: true, value: { entries, communityRulesRequired: form.get("communityRulesRequired") === "on" } };
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
): ParseResult {
  const shape = changeSchema.safeParse(json);
  if (!shape.success) return { ok: false, errors: { form: "This change is not a responsibility model." }, values: {} };
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
