/**
 * POST /watches: start or stop watching a product, a provider or the catalogue search in view.
 * Plain forms (app/watches/watch-control.tsx) post here and come back to the page they were on,
 * so watching works without JavaScript.
 */
import { json, redirect, type ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { verifyCsrf } from "~/accounts/csrf.server";
import { getVisitor, requireUser } from "~/accounts/session.server";
import { loadPurchase } from "~/procurement/purchase.server";
import { readForm } from "~/platform/read-form.server";
import { safeRedirect } from "~/platform/safe-redirect";
import { saveSearch } from "~/saved-searches/saved-search.server";
import { addWatch, MAX_SAVED_SEARCHES, MAX_WATCHES, removeWatch, watchableBySlug } from "~/watches/watches.server";

export function loader() {
  return redirect("/account/notifications");
}

const watchForm = z.union([
  z.object({ intent: z.literal("watch"), target: z.enum(["product", "provider"]), slug: z.string().min(1).max(200) }),
  z.object({ intent: z.literal("watch"), target: z.literal("search"), search: z.string().max(2000).default("") }),
  z.object({ intent: z.literal("unwatch"), watchId: z.coerce.number().int().positive() }),
]);

const REFUSALS = {
  too_many: `You already watch ${MAX_WATCHES} things. Stop watching some on your notifications page first.`,
  too_many_searches: `You already watch ${MAX_SAVED_SEARCHES} saved searches. Stop watching one on your notifications page first.`,
};

export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  await verifyCsrf(request, form);
  const user = await requireUser(request);
  const back = safeRedirect(form.get("redirectTo"), "/account/notifications");
  const parsed = watchForm.safeParse(Object.fromEntries(form));
  if (!parsed.success) throw json("That watch request was not understood. Go back and try again.", { status: 400 });
  const input = parsed.data;

  if (input.intent === "unwatch") {
    if (!removeWatch({ userId: user.id, watchId: input.watchId })) throw json("You do not watch that.", { status: 404 });
    return redirect(back);
  }
  if (input.target === "search") {
    const params = new URLSearchParams(input.search);
    const purchase = loadPurchase(await getVisitor(request));
    const result = await saveSearch({ userId: user.id, params, purchase });
    if ("refused" in result) throw json(REFUSALS[result.refused], { status: 400 });
    return redirect(back);
  }
  const found = watchableBySlug({ target: input.target, slug: input.slug });
  if (!found) throw json(`We could not find that ${input.target}.`, { status: 404 });
  const result = addWatch({
    userId: user.id,
    target: input.target,
    label: found.name,
    ...(input.target === "product" ? { productId: found.id } : { providerId: found.id }),
  });
  if ("refused" in result) throw json(REFUSALS[result.refused], { status: 400 });
  return redirect(back);
}
