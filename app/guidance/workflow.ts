/**
 * The guidance workflow: draft -> in review -> published -> archived, and who may move an article
 * along it. Pure, so every role and every transition is tested without a server.
 */
import { hasRole } from "~/accounts/permissions";
import type { Role } from "~/accounts/roles";

type Who = { roles: readonly Role[] } | null | undefined;

export const ARTICLE_STATUSES = ["draft", "in_review", "published", "archived"] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export const ARTICLE_STATUS_LABELS: Record<ArticleStatus, string> = {
  draft: "Draft",
  in_review: "In review",
  published: "Published",
  archived: "Archived",
};

export type Transition = "submit" | "return_to_draft" | "publish" | "archive" | "restore";
export type ArticleAction = "create" | "edit" | Transition;

export const TRANSITIONS: Record<Transition, { from: readonly ArticleStatus[]; to: ArticleStatus; label: string }> = {
  submit: { from: ["draft"], to: "in_review", label: "Submit for review" },
  return_to_draft: { from: ["in_review"], to: "draft", label: "Return to draft" },
  // A small team: an editor may publish a draft directly; review is a step they can ask for.
  publish: { from: ["draft", "in_review"], to: "published", label: "Publish" },
  archive: { from: ["draft", "in_review", "published"], to: "archived", label: "Archive" },
  restore: { from: ["archived"], to: "draft", label: "Restore as draft" },
};

const TRANSITION_KEYS = Object.keys(TRANSITIONS) as Transition[];

/** Archived articles are frozen: restore one to a draft before changing it. */
const EDITABLE: readonly ArticleStatus[] = ["draft", "in_review", "published"];

/** Who may do what. Guidance is the DTA's voice, so only editors write it (hasRole lets admins through). */
const ACTION_ROLES: Record<ArticleAction, readonly Role[]> = {
  create: ["editor"],
  edit: ["editor"],
  submit: ["editor"],
  return_to_draft: ["editor"],
  publish: ["editor"],
  archive: ["editor"],
  restore: ["editor"],
};

/** Editors (and admins) see drafts, history and helpfulness counts. */
export function canSeeUnpublished(user: Who): boolean {
  return hasRole(user, "editor");
}

export function isArticleStatus(value: string): value is ArticleStatus {
  return (ARTICLE_STATUSES as readonly string[]).includes(value);
}

/** May someone with these roles do this action to an article in this status (none for create)? */
export function canDo(user: Who, action: ArticleAction, status?: ArticleStatus): boolean {
  if (!hasRole(user, ACTION_ROLES[action])) return false;
  if (action === "create") return true;
  if (!status) return false;
  if (action === "edit") return EDITABLE.includes(status);
  return TRANSITIONS[action].from.includes(status);
}

export function availableTransitions(user: Who, status: ArticleStatus): Transition[] {
  return TRANSITION_KEYS.filter((t) => canDo(user, t, status));
}

export function isTransition(value: string): value is Transition {
  return (TRANSITION_KEYS as string[]).includes(value);
}
