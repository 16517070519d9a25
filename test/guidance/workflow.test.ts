import { describe, expect, it } from "vitest";
import { ARTICLE_STATUSES, TRANSITIONS, availableTransitions, canDo, canSeeUnpublished, type ArticleAction } from "~/guidance/workflow";
import type { Role } from "~/accounts/roles";

const PEOPLE: { name: string; user: { roles: Role[] } | null; writes: boolean }[] = [
  { name: "anonymous", user: null, writes: false },
  { name: "buyer", user: { roles: ["buyer"] }, writes: false },
  { name: "agency staff", user: { roles: ["buyer", "agency_staff"] }, writes: false },
  { name: "provider rep", user: { roles: ["buyer", "provider_rep"] }, writes: false },
  { name: "editor", user: { roles: ["buyer", "editor"] }, writes: true },
  { name: "admin", user: { roles: ["buyer", "admin"] }, writes: true },
];

describe.each(PEOPLE)("$name", ({ user, writes }) => {
  it(writes ? "may create" : "may not create", () => {
    expect(canDo(user, "create")).toBe(writes);
  });

  it(writes ? "may edit drafts, reviews and published articles, not archived ones" : "may not edit", () => {
    expect(canDo(user, "edit", "draft")).toBe(writes);
    expect(canDo(user, "edit", "in_review")).toBe(writes);
    expect(canDo(user, "edit", "published")).toBe(writes);
    expect(canDo(user, "edit", "archived")).toBe(false);
  });

  it(writes ? "may submit for review, publish and archive" : "may not submit, publish or archive", () => {
    expect(canDo(user, "submit", "draft")).toBe(writes);
    expect(canDo(user, "publish", "in_review")).toBe(writes);
    expect(canDo(user, "publish", "draft")).toBe(writes);
    expect(canDo(user, "archive", "published")).toBe(writes);
    expect(canDo(user, "restore", "archived")).toBe(writes);
  });

  it(writes ? "sees unpublished articles" : "sees published articles only", () => {
    expect(canSeeUnpublished(user)).toBe(writes);
  });
});

describe("the state machine", () => {
  const editor = { roles: ["buyer", "editor"] as Role[] };

  it("allows exactly the listed transitions, whoever asks", () => {
    const table = Object.fromEntries(ARTICLE_STATUSES.map((s) => [s, availableTransitions(editor, s)]));
    expect(table).toEqual({
      draft: ["submit", "publish", "archive"],
      in_review: ["return_to_draft", "publish", "archive"],
      published: ["archive"],
      archived: ["restore"],
    });
  });

  it("cannot publish what is already published or archived, nor submit twice", () => {
    expect(canDo(editor, "publish", "published")).toBe(false);
    expect(canDo(editor, "publish", "archived")).toBe(false);
    expect(canDo(editor, "submit", "in_review")).toBe(false);
    expect(canDo(editor, "archive", "archived")).toBe(false);
  });

  it("needs a status for everything but create", () => {
    for (const action of ["edit", ...Object.keys(TRANSITIONS)] as ArticleAction[]) expect(canDo(editor, action)).toBe(false);
  });

  it("ends every transition in a known status", () => {
    for (const t of Object.values(TRANSITIONS)) expect(ARTICLE_STATUSES).toContain(t.to);
  });
});
