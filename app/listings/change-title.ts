/** What a proposed change is about, in one line that names the badge: "Renewal of IRAP assessment: PROTECTED on …". */
import { badgeTitle } from "~/assurance/labels";
import { formatDate, isIsoDate } from "~/platform/dates";

type Snapshot = Record<string, unknown> | null;

function badgeName(snapshot: Record<string, unknown>): string {
  return badgeTitle(String(snapshot.kind ?? ""), String(snapshot.level ?? ""), snapshot.mapped === true);
}

export function changeTitle(c: {
  entity: string;
  providerName: string;
  productName: string | null;
  before: Snapshot;
  after: Record<string, unknown>;
}): string {
  const product = c.productName ?? "a product";
  switch (c.entity) {
    case "provider":
      return `Provider profile of ${c.providerName}`;
    case "responsibility":
      return `Who secures what for ${product}`;
    case "prices":
      return `Prices of ${product}${typeof c.after.effectiveFrom === "string" && isIsoDate(c.after.effectiveFrom) ? ` from ${formatDate(c.after.effectiveFrom)}` : ""}`;
    case "documents":
      return `Service documents of ${product}`;
    case "badge":
      return c.before ? `Renewal of ${badgeName(c.before)} on ${product}` : `New badge: ${badgeName(c.after)} on ${product}`;
    default:
      return `Details of ${product}`;
  }
}
