/** Who may use provider self-service: an approved representative, acting only for their provider. */
import { json } from "@remix-run/node";
import { requireUser, type CurrentUser } from "~/accounts/session.server";
import { ownedProduct } from "./listing-change.server";

export async function requireProviderRep(request: Request): Promise<CurrentUser & { providerId: number }> {
  const user = await requireUser(request);
  if (!user.roles.includes("provider_rep") || user.providerId === null) {
    throw json("Only an approved provider representative can use the provider dashboard.", { status: 403 });
  }
  return user as CurrentUser & { providerId: number };
}

/** The representative's own product, or a 404 that does not reveal whether another provider owns it. */
export function requireOwnedProduct(user: { providerId: number }, slug: string | undefined) {
  const product = ownedProduct({ providerId: user.providerId, slug: slug ?? "" });
  if (!product) throw json("We could not find that product among your listings.", { status: 404 });
  return product;
}
