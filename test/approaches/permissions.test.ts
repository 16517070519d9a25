/** Who may see and do what in an approach to market (app/approaches/permissions.ts), role by role. */
import { describe, expect, it } from "vitest";
import {
  canEvaluate,
  canManage,
  canReadAsBuyer,
  canReadAsSeller,
  canSeeResponses,
  canStart,
  type Actor,
  type ApproachFacts,
  type Decision,
} from "~/approaches/permissions";

const AGENCY = 7;
const staff = (id: number, agencyId = AGENCY): Actor => ({ id, roles: ["buyer", "agency_staff"], agencyId, providerId: null });
const rep = (id: number, providerId: number): Actor => ({ id, roles: ["buyer", "provider_rep"], agencyId: null, providerId });

const people = {
  owner: staff(1),
  colleague: staff(2),
  evaluator: staff(3),
  otherAgency: staff(4, 8),
  invitedRep: rep(5, 50),
  uninvitedRep: rep(6, 51),
  anonymous: null,
  admin: { id: 9, roles: ["buyer", "admin"], agencyId: null, providerId: null } as Actor,
  // A person whose account names the agency but whose address is not a confirmed government one.
  unverified: { id: 10, roles: ["buyer"], agencyId: AGENCY, providerId: null } as Actor,
} satisfies Record<string, Actor | null>;
type Person = keyof typeof people;

const facts = (status: ApproachFacts["status"]): ApproachFacts => ({
  agencyId: AGENCY,
  ownerId: 1,
  status,
  closesAt: "2026-12-10T03:00:00Z",
  evaluatorIds: [1, 3],
  invitedProviderIds: [50],
});

const outcome = (d: Decision) => (d.ok ? "ok" : d.status);

function table(check: (actor: Actor | null) => Decision): Record<Person, "ok" | 403 | 404> {
  return Object.fromEntries(Object.entries(people).map(([name, actor]) => [name, outcome(check(actor))])) as Record<
    Person,
    "ok" | 403 | 404
  >;
}

describe("canStart", () => {
  it("lets agency staff start an approach and refuses everyone else with 403", () => {
    expect(table(canStart)).toEqual({
      owner: "ok",
      colleague: "ok",
      evaluator: "ok",
      otherAgency: "ok",
      invitedRep: 403,
      uninvitedRep: 403,
      anonymous: 403,
      admin: 403,
      unverified: 403,
    });
  });

  it("asks an anonymous visitor to sign in", () => {
    const d = canStart(null);
    expect(!d.ok && d.reason).toMatch(/Sign in/);
  });
});

describe.each(["draft", "open", "decided"] as const)("an approach that is %s", (status) => {
  const a = facts(status);

  it("canReadAsBuyer: the agency's staff read it; anyone else is told it does not exist", () => {
    expect(table((x) => canReadAsBuyer(x, a))).toEqual({
      owner: "ok",
      colleague: "ok",
      evaluator: "ok",
      otherAgency: 404,
      invitedRep: 404,
      uninvitedRep: 404,
      anonymous: 404,
      admin: 404,
      unverified: 404,
    });
  });

  it("canManage: only the owner; colleagues and evaluators 403; outsiders 404", () => {
    expect(table((x) => canManage(x, a))).toEqual({
      owner: "ok",
      colleague: 403,
      evaluator: 403,
      otherAgency: 404,
      invitedRep: 404,
      uninvitedRep: 404,
      anonymous: 404,
      admin: 404,
      unverified: 404,
    });
  });

  it("canEvaluate: only the named evaluators (the owner among them)", () => {
    expect(table((x) => canEvaluate(x, a))).toEqual({
      owner: "ok",
      colleague: 403,
      evaluator: "ok",
      otherAgency: 404,
      invitedRep: 404,
      uninvitedRep: 404,
      anonymous: 404,
      admin: 404,
      unverified: 404,
    });
  });

  it("canSeeResponses: evaluators always, the rest of the agency once decided", () => {
    expect(table((x) => canSeeResponses(x, a))).toEqual({
      owner: "ok",
      colleague: status === "decided" ? "ok" : 403,
      evaluator: "ok",
      otherAgency: 404,
      invitedRep: 404,
      uninvitedRep: 404,
      anonymous: 404,
      admin: 404,
      unverified: 404,
    });
  });

  it("canReadAsSeller: only an invited provider's representative, and only once sent", () => {
    expect(table((x) => canReadAsSeller(x, a))).toEqual({
      owner: 404,
      colleague: 404,
      evaluator: 404,
      otherAgency: 404,
      invitedRep: status === "draft" ? 404 : "ok",
      uninvitedRep: 404,
      anonymous: 404,
      admin: 404,
      unverified: 404,
    });
  });
});

describe("edge cases", () => {
  it("does not make an owner who has left the agency its manager", () => {
    const moved = staff(1, 8);
    expect(outcome(canManage(moved, facts("open")))).toBe(404);
  });

  it("does not treat an approach with no owner (the owner's account removed) as anyone's", () => {
    const orphan = { ...facts("open"), ownerId: null };
    expect(outcome(canManage(people.colleague, orphan))).toBe(403);
    expect(outcome(canReadAsBuyer(people.colleague, orphan))).toBe("ok");
  });

  it("does not let a provider_rep role without a provider read as a seller", () => {
    const adrift: Actor = { id: 11, roles: ["provider_rep"], agencyId: null, providerId: null };
    expect(outcome(canReadAsSeller(adrift, facts("open")))).toBe(404);
  });

  it("lets a person who is both agency staff and an invited rep act on each side only as allowed", () => {
    const both: Actor = { id: 12, roles: ["buyer", "agency_staff", "provider_rep"], agencyId: 8, providerId: 50 };
    expect(outcome(canReadAsSeller(both, facts("open")))).toBe("ok");
    expect(outcome(canReadAsBuyer(both, facts("open")))).toBe(404);
  });
});
