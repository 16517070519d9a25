/**
 * The edit form: one party and one note per control area, and the community-rules flag. Pure, so
 * the rules about what a valid model is are tested without a server.
 */
import { z } from "zod";
import type { ServiceModel } from "~/domain/vocabulary";
import { CONTROL_AREAS, CONTROL_AREA_INFO, PARTIES, type ControlArea, type Party } from "./areas";
import { defaultMatrix } from "./defaults";
import type { ResponsibilityRow } from "./model";

export const NOTE_MAX = 200;

const entrySchema = z.object({
  party: z.enum(PARTIES, { errorMap: () => ({ message: "Choose the provider, shared or the agency." }) }),
  note: z
    .string()
    .trim()
    .max(NOTE_MAX, `Keep the note to one line of at most ${NOTE_MAX} characters.`)
    .refine((s) => !/[\r\n]/.test(s), "Keep the note to one line."),
});

export interface ResponsibilityEntry {
  area: ControlArea;
  party: Party;
  note: string;
}

export interface ResponsibilityForm {
  entries: ResponsibilityEntry[];
  communityRulesRequired: boolean;
}

/** Keyed by field name (`party.mfa`, `note.mfa`), which is also the field's id on the page. */
export type FieldErrors = Record<string, string>;

export type ParseResult =
  | { ok: true; value: ResponsibilityForm }
  | { ok: false; errors: FieldErrors; values: Record<string, string> };

export const partyField = (area: ControlArea) => `party.${area}`;
export const noteField = (area: ControlArea) => `note.${area}`;

export function parseResponsibilityForm(form: FormData, serviceModel: ServiceModel): ParseResult {
  const defaults = defaultMatrix(serviceModel);
  const errors: FieldErrors = {};
  const values: Record<string, string> = {};
  const entries: ResponsibilityEntry[] = [];
  for (const area of CONTROL_AREAS) {
    const party = String(form.get(partyField(area)) ?? "");
    const note = String(form.get(noteField(area)) ?? "");
    values[partyField(area)] = party;
    values[noteField(area)] = note;
    const parsed = entrySchema.safeParse({ party, note });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      errors[issue?.path[0] === "party" ? partyField(area) : noteField(area)] = issue?.message ?? "Check this area.";
      continue;
    }
    if (parsed.data.party !== defaults[area].party && parsed.data.note === "") {
      errors[noteField(area)] = `Say in one line why ${CONTROL_AREA_INFO[area].label.toLowerCase()} differs from the usual ${serviceModel} split.`;
      continue;
    }
    entries.push({ area, ...parsed.data });
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors, values };
  return { ok: true, value: { entries, communityRulesRequired: form.get("communityRulesRequired") === "on" } };
}

export interface Change {
  area: ControlArea;
  from: { party: Party; note: string };
  to: { party: Party; note: string };
}

/**
 * Which override rows to write and what changed. An area is stored when it leaves the defaults or
 * already had a row: keeping a row that was set back to the default means a later seed run (which
 * only fills missing rows) cannot quietly bring back a value an administrator removed.
 */
export function planOverrides({ serviceModel, current, entries }: { serviceModel: ServiceModel; current: ResponsibilityRow[]; entries: ResponsibilityEntry[] }) {
  const defaults = defaultMatrix(serviceModel);
  const byArea = new Map(current.map((r) => [r.area, r]));
  const upserts: ResponsibilityEntry[] = [];
  const changes: Change[] = [];
  for (const e of entries) {
    const row = byArea.get(e.area);
    const d = defaults[e.area];
    // The form shows the default note in full; submitting it unchanged is not a refinement.
    const note = e.party === d.party && e.note === d.note ? "" : e.note;
    const leavesDefault = e.party !== d.party || note !== "";
    if (leavesDefault || row?.refined) upserts.push({ area: e.area, party: e.party, note });
    const shownNote = note || (e.party === d.party ? d.note : "");
    if (row && (row.party !== e.party || row.note !== shownNote)) {
      changes.push({ area: e.area, from: { party: row.party, note: row.note }, to: { party: e.party, note: shownNote } });
    }
  }
  return { upserts, changes };
}

const changeSchema = z.object({
  entries: z.array(z.object({ area: z.enum(CONTROL_AREAS), party: z.string(), note: z.string() })),
  communityRulesRequired: z.boolean(),
});

/**
 * Re-checks a change stored as JSON (a provider's proposal waiting in the approval queue) by the
 * same rules as the form, so an approver can never apply what the form would have refused.
 * Areas the change leaves out keep the product's current values.
 */
export function parseResponsibilityChange(json: unknown, { serviceModel, current }: { serviceModel: ServiceModel; current: ResponsibilityRow[] }): ParseResult {
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
  if (shape.data.communityRulesRequired) form.set("communityRulesRequired", "on");
  return parseResponsibilityForm(form, serviceModel);
}
