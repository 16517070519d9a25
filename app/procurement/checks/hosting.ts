/**
 * Hosting Certification Framework rules (Department of Home Affairs since 1 May 2023, DTA before):
 * sensitive, whole-of-government and PROTECTED systems need a certified provider, and hosting
 * contracts made or extended from 30 Jun 2022 need one too, with a short allowance for providers
 * still awaiting certification.
 */
import { z } from "zod";
import { classificationRank, HCF_LABELS, HCF_LEVELS } from "~/assurance/vocabulary";
import { formatDate } from "~/platform/dates";
import { hcfStatus, type HcfStatus, type ProductFacts } from "../product-facts";
import type { ProposedPurchase } from "../purchase";
import { defineCheck, doesNotMeet, evidenceNote, forEachProduct, listOf, meets, months, needsEvidence, notApplicable } from "./check";

const certifiedLevels = z.object({ certifiedLevels: z.array(z.enum(HCF_LEVELS)).min(1) });

function describeStatus(status: HcfStatus): string {
  const when = status.certifiedOn ? ` (certificate dated ${formatDate(status.certifiedOn)})` : "";
  return `provider is ${HCF_LABELS[status.level]}${when}${evidenceNote(status.evidenceLevel)}`;
}

/** A certification the provider only declares is not yet one a buyer can rely on. */
const selfDeclared = (status: HcfStatus) => status.evidenceLevel === "self_declared";

/** Why certified hosting is required, in the buyer's own terms; null when it is not. */
function hostingTrigger(p: ProposedPurchase): string | null {
  if (classificationRank(p.classification) >= classificationRank("PROTECTED")) return `data is ${p.classification}`;
  if (p.classification === "OFFICIAL: Sensitive") return "data is OFFICIAL: Sensitive";
  if (p.sensitive) return "data is sensitive";
  if (p.wholeOfGovernment) return "a whole-of-government system";
  return null;
}

export const certifiedHosting = defineCheck({
  scope: "product",
  params: certifiedLevels,
  evaluate({ purchase, product, params }) {
    const trigger = hostingTrigger(purchase);
    if (!trigger) return notApplicable(`${purchase.classification} data, not sensitive, not a whole-of-government system`);
    const required = listOf(
      params.certifiedLevels.map((l) => HCF_LABELS[l]),
      "or",
    );
    if (!product) return forEachProduct(`${trigger}: the provider must be ${required} under the Hosting Certification Framework`);
    const status = hcfStatus(product);
    if (!status) {
      const pending = product.awaitingHcfCertification
        ? "provider is awaiting certification"
        : "no HCF certification recorded for the provider";
      return needsEvidence(`${trigger}: ${pending}`);
    }
    if (!params.certifiedLevels.includes(status.level)) return doesNotMeet(`${trigger}: ${describeStatus(status)}; it must be ${required}`);
    return selfDeclared(status)
      ? needsEvidence(`${trigger}: ${describeStatus(status)}; ask for the certificate`)
      : meets(`${trigger}: ${describeStatus(status)}`);
  },
});

const hostingContractParams = certifiedLevels.extend({
  awaitingMaxExtensionMonths: z.number().int().positive(),
  awaitingMaxOptions: z.number().int().nonnegative(),
  awaitingMaxOptionMonths: z.number().int().positive(),
});

function contractWords(p: ProposedPurchase): string {
  return p.hostingContractKind === "extension" ? `hosting contract extension of ${months(p.initialTermMonths)}` : "new hosting contract";
}

function awaitingVerdict(p: ProposedPurchase, params: z.infer<typeof hostingContractParams>) {
  const options = p.extensionMonths;
  const allowance = `at most ${months(params.awaitingMaxExtensionMonths)} plus ${params.awaitingMaxOptions} option of ${months(params.awaitingMaxOptionMonths)}`;
  const optionWords =
    options.length === 0 ? "no further option" : `${options.length === 1 ? "an option" : "options"} of ${listOf(options)} months`;
  const what = `${contractWords(p)} with ${optionWords}, provider awaiting certification`;
  const within =
    p.hostingContractKind === "extension" &&
    p.initialTermMonths <= params.awaitingMaxExtensionMonths &&
    options.length <= params.awaitingMaxOptions &&
    options.every((m) => m <= params.awaitingMaxOptionMonths);
  if (within) return meets(`${what}: within the allowance of ${allowance}`);
  if (p.hcfExemption) return meets(`${what}: HCF exemption recorded`);
  const rule = p.hostingContractKind === "extension" ? `exceeds the allowance of ${allowance}` : "only extensions are allowed";
  return needsEvidence(`${what}: ${rule}; apply to Home Affairs for an exemption`);
}

function uncertifiedVerdict(p: ProposedPurchase, product: ProductFacts, status: HcfStatus | null) {
  const provider = status ? describeStatus(status) : "no HCF certification recorded for the provider";
  if (p.hcfExemption) return meets(`${contractWords(p)}: ${provider}; HCF exemption recorded`);
  return status
    ? doesNotMeet(`${contractWords(p)}: ${provider}; hosting contracts need a certified provider or an exemption`)
    : needsEvidence(`${contractWords(p)} with ${product.name}: ${provider}`);
}

export const hostingContracts = defineCheck({
  scope: "product",
  params: hostingContractParams,
  evaluate({ purchase, product, params }) {
    if (!purchase.hostingContract) return notApplicable("not a hosting contract");
    if (!product)
      return forEachProduct(`${contractWords(purchase)}: a provider certified under the Hosting Certification Framework, or an exemption`);
    const status = hcfStatus(product);
    if (status && params.certifiedLevels.includes(status.level)) {
      return selfDeclared(status)
        ? needsEvidence(`${contractWords(purchase)}: ${describeStatus(status)}; ask for the certificate`)
        : meets(`${contractWords(purchase)}: ${describeStatus(status)}`);
    }
    if (product.awaitingHcfCertification) return awaitingVerdict(purchase, params);
    return uncertifiedVerdict(purchase, product, status);
  },
});
