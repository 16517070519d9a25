/**
 * Demo accounts, one per role. They exist for local development and demos only: the passwords are
 * public (README, tests), so the seed must never be run against a production database.
 */
import type { Role } from "~/accounts/roles";
import { FINANCE_AGENCY } from "./agencies";

export interface DemoAccount {
  email: string;
  password: string;
  role: Role;
  displayName: string;
  description: string;
  /** Sample agency the account belongs to (agency staff only). */
  agencyName?: string;
}

const DEMO_PASSWORD = "CloudExchange!2026";

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: "buyer@example.com",
    password: DEMO_PASSWORD,
    role: "buyer",
    displayName: "Bailey Buyer",
    description: "Signed-in buyer: shortlists, purchases and procurement checks.",
  },
  {
    email: "staff@finance.gov.au",
    password: DEMO_PASSWORD,
    role: "agency_staff",
    displayName: "Sam Staff",
    description: "Verified agency staff (government e-mail): can write reviews.",
    agencyName: FINANCE_AGENCY,
  },
  {
    email: "provider@example.com",
    password: DEMO_PASSWORD,
    role: "provider_rep",
    displayName: "Priya Provider",
    description: "Approved representative of Wattle Grid Systems: proposes listing changes and replies to reviews.",
  },
  {
    email: "editor@dta.gov.au",
    password: DEMO_PASSWORD,
    role: "editor",
    displayName: "Eddie Editor",
    description: "DTA editor: writes and publishes guidance, edits procurement rules.",
  },
  {
    email: "admin@example.com",
    password: DEMO_PASSWORD,
    role: "admin",
    displayName: "Ada Admin",
    description: "Administrator: everything an editor can do, plus users, agency domains and rules.",
  },
];
