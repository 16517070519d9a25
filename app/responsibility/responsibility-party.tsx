/** One party (provider, shared, agency) as an icon and a word: never colour or an icon alone. */
import { AvatarIcon, BusinessIcon, FlagIcon, UsersIcon } from "@ag.ds-next/react/icon";
import { PARTY_LABELS, type Party } from "./areas";

const ICONS = { provider: BusinessIcon, shared: UsersIcon, agency: AvatarIcon } as const;

export function PartyLabel({ party }: { party: Party }) {
  const Icon = ICONS[party];
  return (
    <span style={{ display: "inline-flex", alignItems: "center", gap: "0.375rem", fontWeight: 700 }} data-party={party}>
      <Icon size="sm" color={party === "agency" ? "action" : party === "shared" ? "text" : "muted"} />
      {PARTY_LABELS[party]}
    </span>
  );
}

/** The mark for an area a product splits differently from its service model's default. */
export function DiffersMark({ children }: { children: React.ReactNode }) {
  return (
    <span style={{ display: "inline-flex", alignItems: "center", gap: "0.25rem", fontSize: "0.875rem" }}>
      <FlagIcon size="sm" color="warning" />
      <span>{children}</span>
    </span>
  );
}
