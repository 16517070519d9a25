/**
 * The buyer's actions on an approach's page, one per `intent`: who may take each (the owner runs
 * it; each evaluator declares for themselves), the form it reads and the domain step it calls.
 * Answers plain values: the route turns them into a redirect, a refusal (with what was typed
 * kept) or a thrown 400/403.
 */
import { echo, outcome, type ParsedForm } from "~/platform/forms.server";
import type { FormReply } from "~/platform/form-reply";
import { deleteDraft, extendClose, sendApproach, type Outcome } from "./approach.server";
import { addEvaluator, declareInterests, removeEvaluator } from "./evaluation.server";
import { parseAnswerForm, parseDeclarationForm, parseEvaluatorForm, parseExtendForm } from "./form.server";
import { canEvaluate, canManage, type Actor, type ApproachFacts } from "./permissions";
import { answerQuestion } from "./questions.server";

export type IntentResult =
  | { kind: "done"; notice: string }
  | { kind: "deleted" }
  | { kind: "refused"; reply: FormReply; status: 400 | 409 }
  | { kind: "forbidden"; status: 400 | 403 | 404; reason: string };

interface Context {
  approachId: number;
  facts: ApproachFacts;
  actor: Actor;
  ip: string | null;
  now?: Date;
}

/** A form parsed, then the step; the step's refusal comes back with what was typed. */
function withForm<T>(parsed: ParsedForm<T>, step: (value: T) => Outcome, notice: string): IntentResult {
  if (!parsed.ok) return { kind: "refused", reply: parsed.reply, status: 400 };
  const result = step(parsed.value);
  return result.ok ? { kind: "done", notice } : { kind: "refused", reply: parsed.refuse(result.errors), status: 409 };
}

/** A button with nothing to parse: the step's refusal comes back with the intent, so the page knows which form it belongs to. */
function plain(formData: FormData, result: Outcome, notice: string): IntentResult {
  if (result.ok) return { kind: "done", notice };
  return { kind: "refused", reply: { ...echo(formData), ...outcome({ errors: result.errors }) }, status: 409 };
}

const OWNER_INTENTS = ["send", "delete", "answer", "extend", "add-evaluator", "remove-evaluator"] as const;

export function runBuyerIntent(formData: FormData, ctx: Context): IntentResult {
  const intent = String(formData.get("intent") ?? "");
  const { approachId, facts, actor, ip, now } = ctx;
  const step = { actor, ip, now };
  if ((OWNER_INTENTS as readonly string[]).includes(intent)) {
    const allowed = canManage(actor, facts);
    if (!allowed.ok) return { kind: "forbidden", status: allowed.status, reason: allowed.reason };
  }
  switch (intent) {
    case "send":
      return plain(formData, sendApproach({ approachId, ...step }), "sent");
    case "delete": {
      const result = deleteDraft({ approachId, ...step });
      return result.ok ? { kind: "deleted" } : plain(formData, result, "");
    }
    case "answer":
      return withForm(parseAnswerForm(formData), (v) => answerQuestion({ approachId, ...v, ...step }), "answered");
    case "extend":
      return withForm(parseExtendForm(formData, now), (v) => extendClose({ approachId, ...v, ...step }), "extended");
    case "add-evaluator":
      return withForm(
        parseEvaluatorForm(formData),
        (v) => addEvaluator({ approachId, agencyId: facts.agencyId, email: v.email, ...step }),
        "evaluator-added",
      );
    case "remove-evaluator": {
      const userId = Number(formData.get("userId"));
      if (!Number.isSafeInteger(userId) || userId <= 0)
        return { kind: "forbidden", status: 400, reason: "Choose the evaluator to remove." };
      return plain(formData, removeEvaluator({ approachId, userId, ownerId: facts.ownerId, ...step }), "evaluator-removed");
    }
    case "declare": {
      const allowed = canEvaluate(actor, facts);
      if (!allowed.ok) return { kind: "forbidden", status: allowed.status, reason: allowed.reason };
      return withForm(parseDeclarationForm(formData), (v) => declareInterests({ approachId, ...v, ...step }), "declared");
    }
  }
  return { kind: "forbidden", status: 400, reason: "That action is not available here." };
}
