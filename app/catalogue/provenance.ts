/**
 * Where a listing's facts come from, so that none is shown as more than it is. Listings imported
 * from the US FedRAMP Marketplace carry no Australian provider facts: the import fills the columns
 * with their defaults, which are not answers ("offshore", "no clearance", "no SOC"). Every page,
 * export and the open data show those facts as not stated.
 */
export const NOT_STATED = "Not stated";

/** Whether a provider's facts were stated by someone (the provider, or an Australian import). */
export function providerFactsStated(source: string): boolean {
  return source !== "fedramp";
}
