/** Sample assessor register: fictional IRAP firms, certification bodies, auditors and QSAs. */
export interface SampleAssessor {
  slug: string;
  name: string;
  kinds: string[];
  description: string;
}

const A = (slug: string, name: string, kinds: string[], description: string): SampleAssessor => ({ slug, name, kinds, description });

export const SAMPLE_ASSESSORS: SampleAssessor[] = [
  A(
    "capital-assurance-partners",
    "Capital Assurance Partners",
    ["irap", "e8"],
    "Canberra IRAP assessors specialising in PROTECTED cloud services.",
  ),
  A("lake-burley-cyber", "Lake Burley Cyber", ["irap", "e8"], "Boutique IRAP and Essential Eight assessment practice."),
  A(
    "redfern-risk-advisory",
    "Redfern Risk Advisory",
    ["irap", "iso27001"],
    "Sydney security advisory firm with IRAP assessors and ISO lead auditors.",
  ),
  A(
    "torrens-cyber-assurance",
    "Torrens Cyber Assurance",
    ["irap", "e8"],
    "Adelaide firm assessing defence industry and government systems.",
  ),
  A("swan-river-security", "Swan River Security", ["irap"], "Perth-based IRAP assessors covering Western Australian and national clients."),
  A(
    "derwent-assurance-group",
    "Derwent Assurance Group",
    ["irap", "e8"],
    "Security assessment group with offices in Hobart and Melbourne.",
  ),
  A("highgate-irap-services", "Highgate IRAP Services", ["irap"], "Assessors focused on infrastructure and platform cloud services."),
  A("five-ways-assurance", "Five Ways Assurance", ["irap", "e8"], "Brisbane assessors for SaaS providers entering government."),
  A(
    "kimberley-cyber-audit",
    "Kimberley Cyber Audit",
    ["irap", "pci_dss"],
    "IRAP assessors and qualified security assessors for payment systems.",
  ),
  A(
    "southern-meridian-assessors",
    "Southern Meridian Assessors",
    ["irap", "e8"],
    "National IRAP practice with cleared assessors in every capital city.",
  ),
  A(
    "austral-certification",
    "Austral Certification",
    ["iso27001", "csa_star"],
    "Accredited certification body for information security management systems.",
  ),
  A(
    "pacific-quality-registrar",
    "Pacific Quality Registrar",
    ["iso27001", "csa_star"],
    "Certification body operating across Australia, New Zealand and the Pacific.",
  ),
  A("nordic-standards-registrar", "Nordic Standards Registrar", ["iso27001"], "European certification body with an Australian branch."),
  A("harbour-and-hale", "Harbour & Hale", ["soc2", "csa_star"], "Audit firm issuing SOC 2 reports and STAR Attestations."),
  A("whitcombe-audit", "Whitcombe Audit", ["soc2"], "International assurance firm for technology companies."),
  A("blackwood-partners", "Blackwood Partners", ["soc2", "csa_star"], "Audit and assurance partnership with a cloud practice."),
  A("cardsafe-qsa", "CardSafe QSA Services", ["pci_dss"], "Qualified security assessor company for payment card environments."),
];
