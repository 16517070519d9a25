import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { verifyCsrf } from "~/accounts/csrf.server";
import { destroySession } from "~/accounts/session.server";
import { readForm } from "~/platform/read-form.server";

// Signing out is a POST (the header's button): a link or image elsewhere must not sign anyone out.
export async function action({ request }: ActionFunctionArgs) {
  const formData = await readForm(request);
  await verifyCsrf(request, formData);
  return redirect("/", { headers: destroySession(request) });
}

export async function loader() {
  return redirect("/");
}
