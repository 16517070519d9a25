/**
 * The edit form: one party and one note per control area, and the community-rules flag. What the
 * page needs (field names, the note limit) is here; the zod checks of a submission are in
 * form.server.ts, which only actions and the approval step run. Both are pure, so the rules about
 * what a valid model is are tested without a server.
 */
import type { ServiceModel } from "~/catalogue/vocabulary";
import type { ControlArea, Party } from "./areas";
import { defaultMatrix } from "./defaults";
import type { ResponsibilityRow } from "./model";

export const NOTE_MAX = 200;

export interface ResponsibilityEntry {
  area: ControlArea;
  party: Party;
  note: string;
}

export interface ResponsibilityForm {
  entries: ResponsibilityEntry[];
  communityRulesRequired: boolean;
}

export const partyField = (area: ControlArea) => `party.${area}`;
export const noteField = (area: ControlArea) => `note.${area}`;

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
export function planOverrides({
  serviceModel,
  current,
  entries,
}: {
  serviceModel: ServiceModel;
  current: ResponsibilityRow[];
  entries: ResponsibilityEntry[];
}) {
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
