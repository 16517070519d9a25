/** An approved price list as pages receive it (pure, so components can name the type). */
import type { IsoDate } from "~/platform/dates";
import type { PriceItem } from "./price-items";
import type { ItemChange } from "./price-words";

export interface PriceListView {
  id: number;
  effectiveFrom: IsoDate;
  items: PriceItem[];
  note: string;
  source: string;
  approvedAt: string | null;
}

export interface PriceHistoryEntry extends PriceListView {
  /** What this list changed against the one before it; every item is "new" in the first list. */
  changes: ItemChange[];
}
