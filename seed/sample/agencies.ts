/**
 * Sample agencies. The names sound like Commonwealth bodies but are invented and carry "(sample)"
 * so that nobody reads a sample authorisation as a real agency's usage.
 */
export const FINANCE_AGENCY = "Finance and Budget Office (sample)";

export const SAMPLE_AGENCY_NAMES: string[] = [
  FINANCE_AGENCY,
  "Australian Records Office (sample)",
  "Commonwealth Grants Authority (sample)",
  "National Health Data Agency (sample)",
  "Australian Biosecurity Service (sample)",
  "Department of Regional Infrastructure (sample)",
  "Australian Maritime Standards Authority (sample)",
  "Office of the Digital Services Commissioner (sample)",
  "National Skills Register (sample)",
  "Australian Fisheries and Oceans Authority (sample)",
  "Commonwealth Legal Aid Office (sample)",
  "Australian Heritage Collections Agency (sample)",
  "Department of Northern Development (sample)",
  "Australian Space Industry Office (sample)",
  "National Emergency Coordination Agency (sample)",
  "Commonwealth Procurement Services (sample)",
  "Australian Veterans' Services Agency (sample)",
  "Australian Water Resources Authority (sample)",
  "Office of the Student Loans Commissioner (sample)",
  "National Arts Funding Council (sample)",
  "Australian Transport Safety Regulator (sample)",
  "Australian Trade Facilitation Agency (sample)",
  "National Disability Services Commission (sample)",
  "Australian Census and Survey Office (sample)",
  "National Environmental Data Office (sample)",
];
