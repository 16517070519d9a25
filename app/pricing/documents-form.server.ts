/**
 * Reads a product's proposed service documents: four documents, each an optional web address and
 * the date of the version it points at, plus what the SLA promises. Only http(s) addresses are
 * kept: a javascript: or data: link shown to buyers would run in their browser, and a relative or
 * ftp: one would not open. A document's date is the version's own date, so it cannot be in the future.
 */
import { z } from "zod";
import { isIsoDate, type IsoDate } from "~/platform/dates";
import { DOCUMENT_KINDS, type ServiceDocumentsProposal } from "./documents";

export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

const optional = z
  .string()
  .optional()
  .transform((v) => v?.trim() || null);

export function documentsSchema({ today }: { today: IsoDate }) {
  const url = optional.refine((v) => v === null || (v.length <= 500 && isWebAddress(v)), "Enter a web address that starts with https://");
  const date = optional
    .refine((v) => v === null || isIsoDate(v), "Enter the date as a date like 2026-03-31")
    .refine((v) => v === null || !isIsoDate(v) || v <= today, "The document's date cannot be in the future");
  return z
    .object({
      ...Object.fromEntries(DOCUMENT_KINDS.flatMap((k) => [[`${k}Url`, url] as const, [`${k}Date`, date] as const])),
      slaAvailability: optional
        .refine((v) => v === null || /^\d{1,3}(\.\d{1,3})?$/.test(v.replace(/%$/, "")), "Enter the availability as a percentage like 99.95")
        .transform((v) => (v === null ? null : Number(v.replace(/%$/, ""))))
        .refine((v) => v === null || (v >= 0 && v <= 100), "The availability is a percentage from 0 to 100"),
      supportHours: optional.refine((v) => v === null || v.length <= 200, "At most 200 characters"),
    })
    .transform((v) => v as unknown as ServiceDocumentsProposal);
}
