/**
 * What staff change on /agency, told apart by the form's `intent`: add a product the agency uses,
 * correct its relationship or start date, or remove it. Every change is to the person's own
 * agency's list, and each one is audited; a refusal changes nothing and keeps what was typed.
 */
import { z } from "zod";
import { audit } from "~/audit/audit.server";
import { catalogueEntries } from "~/catalogue/catalogue.server";
import { findByName } from "~/compare/find-by-name.server";
import { formatDate, isIsoDate, type IsoDate } from "~/platform/dates";
import type { FormReply } from "~/platform/form-reply";
import { outcome, parseForm } from "~/platform/forms.server";
import { addAgencyProduct, agencyProductEntry, removeAgencyProduct, updateAgencyProduct } from "./agency-products.server";
import { RELATIONSHIPS } from "./vocabulary";

const relationship = z.enum(RELATIONSHIPS, {
  errorMap: () => ({ message: "Choose whether your agency authorised it or reuses another agency's assessment" }),
});

function sinceField(today: IsoDate) {
  return z
    .string({ required_error: "Enter the date your agency started using it, for example 2024-07-01" })
    .trim()
    .refine(isIsoDate, "Enter a real date, for example 2024-07-01")
    .refine((d) => d <= today, `The date cannot be after today (${formatDate(today)})`);
}

const productId = z.number({ required_error: "Choose a product", invalid_type_error: "Choose a product" }).int().positive();

const addSchema = (today: IsoDate) =>
  z.object({
    intent: z.literal("add"),
    product: z.string({ required_error: "Enter part of the product's name, for example Wattle Grid" }).trim().max(200),
    since: sinceField(today),
    relationship,
  });

const updateSchema = (today: IsoDate) =>
  z.object({ intent: z.literal("update"), productId, since: sinceField(today).optional(), relationship });

const removeSchema = z.object({ intent: z.literal("remove"), productId });

type Actor = { id: number };

export function handleAgencyAction({
  ip,
  user,
  agencyId,
  formData,
  today,
}: {
  ip: string | null;
  user: Actor;
  agencyId: number;
  formData: FormData;
  today: IsoDate;
}): FormReply {
  const record = (action: string, details: object) => audit({ ip, actor: user, action, entity: "agency", entityId: agencyId, details });
  switch (formData.get("intent")) {
    case "add": {
      const form = parseForm(formData, addSchema(today));
      if (!form.ok) return form.reply;
      const found = findByName({ typed: form.value.product, entries: catalogueEntries(today), exclude: new Set() });
      if (found.kind === "problem") return form.refuse({ product: found.message });
      if (found.kind === "choose") {
        const names = found.matches.slice(0, 5).map((m) => `${m.name} (${m.providerName})`);
        return form.refuse({
          product: `${found.total} products match “${form.value.product}”: type more of the name, for example ${names.join(", or ")}`,
        });
      }
      const product = catalogueEntries(today).find((e) => e.slug === found.match.slug);
      if (!product) return form.refuse({ product: "We could not find that product. Check the spelling, or find it in the catalogue" });
      const { since, relationship } = form.value;
      if (!addAgencyProduct({ agencyId, productId: product.id, relationship, since }))
        return form.refuse({ product: `${product.name} is already on your agency's list: correct its entry below instead` });
      record("agency.product_add", { productId: product.id, relationship, since });
      return form.accept(`${product.name} is now on your agency's list.`);
    }
    case "update": {
      const form = parseForm(formData, updateSchema(today));
      if (!form.ok) return form.reply;
      const { productId, relationship } = form.value;
      const since = form.value.since ?? null;
      const before = agencyProductEntry({ agencyId, productId });
      if (!before || !updateAgencyProduct({ agencyId, productId, relationship, since }))
        return form.refuse({ "": "That product is not on your agency's list." });
      record("agency.product_update", {
        productId,
        relationship,
        since,
        previousRelationship: before.relationship,
        previousSince: before.since,
      });
      return form.accept(`Your agency's entry for ${before.name} is saved.`);
    }
    case "remove": {
      const form = parseForm(formData, removeSchema);
      if (!form.ok) return form.reply;
      const before = agencyProductEntry({ agencyId, productId: form.value.productId });
      if (!before || !removeAgencyProduct({ agencyId, productId: form.value.productId }))
        return form.refuse({ "": "That product is not on your agency's list." });
      record("agency.product_remove", { productId: before.productId, relationship: before.relationship, since: before.since });
      return form.accept(`${before.name} is no longer on your agency's list.`);
    }
    default:
      return outcome({ errors: { "": "Use one of the page's own buttons." } });
  }
}

/** "Name (Provider)" for every listed product not already on the list: the add form's suggestions, which the name search resolves. */
export function addableProductNames({ today, onList }: { today: IsoDate; onList: number[] }): string[] {
  const taken = new Set(onList);
  return catalogueEntries(today)
    .filter((e) => !taken.has(e.id))
    .map((e) => `${e.name} (${e.providerName})`)
    .sort((a, b) => a.localeCompare(b, "en-AU"));
}
