import { StatusBadge } from "@ag.ds-next/react/status-badge";
import type { Currency } from "./currency";

const TONES = {
  current: "successMedium",
  due: "warningMedium",
  overdue: "errorMedium",
  no_expiry: "infoLow",
} as const;

/** Current / due / overdue at a glance: colour, icon and words, never colour alone. */
export function CurrencyStatus({ currency }: { currency: Pick<Currency, "state" | "label"> }) {
  return <StatusBadge appearance="subtle" tone={TONES[currency.state]} label={currency.label} />;
}
