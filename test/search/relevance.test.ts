/**
 * Relevance over the real FedRAMP corpus (436 products), imported with the project's importer.
 * Each query lists the products a buyer would expect (judged from what the products do, not from
 * our output). Precision at 5 = expected products in the top five / min(5, expected products that
 * exist). We also score the same queries as plain Lunr would parse them (no prefix or spelling
 * help), to show what that help is worth.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connection } from "~db/client.server";
import { buildIndex, openIndex, type CompactIndex } from "~/search/compact-index.server";
import { readDataVersion, readDocuments } from "~/search/documents.server";
import { runQuery } from "~/search/engine.server";
import { parseQuery, Presence, type Clause } from "~/search/query-parser.server";
import { importFedramp } from "./fixtures";

interface Judgement {
  q: string;
  /** Matches "product name [provider name]" of every product a buyer would expect. */
  relevant: RegExp;
  /** When one product is the obvious answer, it must come first. */
  first?: RegExp;
}

const JUDGEMENTS: Judgement[] = [
  { q: "zoom", relevant: /Zoom for Government/, first: /Zoom for Government/ },
  { q: "slack", relevant: /Slack/, first: /^Slack/ },
  { q: "docusign", relevant: /DocuSign/ },
  { q: "okta", relevant: /\[Okta\]/ },
  { q: "crowdstrike", relevant: /CrowdStrike/ },
  { q: "splunk", relevant: /Splunk/, first: /Splunk Cloud/ },
  { q: "salesforce", relevant: /\[Salesforce\]/, first: /Salesforce Government Cloud/ },
  { q: "servicenow", relevant: /\[ServiceNow\]/ },
  { q: "google workspace", relevant: /Google Workspace/, first: /Google Workspace/ },
  { q: "aws govcloud", relevant: /AWS GovCloud/, first: /^AWS GovCloud/ },
  { q: "office 365", relevant: /Office 365|Microsoft 365/, first: /Office 365/ },
  { q: "adobe sign", relevant: /Acrobat Sign/ },
  { q: "electronic signature", relevant: /Sign\b|DocuSign|eSignature/ },
  { q: "email archiving", relevant: /Email Archive|Message Archival/ },
  { q: "identity management", relevant: /Identity|Okta|SailPoint|Saviynt|CyberArk|Ping/ },
  { q: "learning management system", relevant: /Learn|TRAIN|Training|Totara|PowerTrain|FED-ILMS/ },
  { q: "contact center", relevant: /Contact Cent|CXone|Genesys|Avaya|Humanify|Storm|eGain|WxCCE/ },
  { q: "payroll", relevant: /Workday|SuccessFactors|Infor|HR Cloud|Payroll|ERP|Fusion|SAP NS2|GRB/ },
  { q: "backup", relevant: /Druva|Cohesity|Commvault|Own Government|Backup|Rubrik|Veeam/ },
  { q: "kubernetes", relevant: /OpenShift/ },
  { q: "geospatial mapping", relevant: /ArcGIS|Esri/ },
  { q: "help desk", relevant: /Zendesk|Help ?Desk|BMC Helix|ServiceNow/ },
  { q: "zero trust", relevant: /Zscaler|Zero Trust|Illumio|Appgate|Netskope/ },
  { q: "oracle", relevant: /\[Oracle\]/ },
  { q: "cloud.gov", relevant: /Cloud\.Gov/, first: /Cloud\.Gov/ },
  { q: "file sharing", relevant: /Kiteworks|Box Enterprise|Huddle|File Shar/ },
  { q: "mobile device management", relevant: /MaaS360|Ivanti Neurons for MDM|Mobile/ },
  { q: "vulnerability scanning", relevant: /Qualys|Tenable/ },
  { q: "data warehouse", relevant: /Snowflake|Data Cloud|Databricks|Redshift/ },
  { q: "password manager", relevant: /Keeper|Password/ },
  // Typing help: prefixes and misspellings a person really types.
  { q: "kube", relevant: /OpenShift/ },
  { q: "kuberntes", relevant: /OpenShift/ },
  { q: "salesforse", relevant: /\[Salesforce\]/, first: /Salesforce Government Cloud/ },
  { q: "crowdstrik", relevant: /CrowdStrike/ },
  { q: "servicenw", relevant: /\[ServiceNow\]/ },
  { q: "zendsk", relevant: /Zendesk/, first: /Zendesk/ },
  { q: "splun", relevant: /Splunk/, first: /Splunk Cloud/ },
  { q: "qualy", relevant: /Qualys/ },
];

let index: CompactIndex;
let labels: Map<number, string>;
const report: string[] = [];

beforeAll(() => {
  importFedramp();
  const sqlite = connection().sqlite;
  index = openIndex(buildIndex(readDocuments(sqlite), readDataVersion(sqlite)));
  const rows = sqlite
    .prepare("select p.id, p.name, pr.name as provider from products p join providers pr on pr.id = p.provider_id")
    .all() as {
    id: number;
    name: string;
    provider: string;
  }[];
  labels = new Map(rows.map((r) => [r.id, `${r.name} [${r.provider}]`]));
  // Importing the corpus is slow on a busy machine.
}, 120_000);

afterAll(() => console.log(report.join("\n")));

/** The same words with Lunr's plain semantics: no prefix completion, no spelling correction. */
function plainLunr(q: string): Clause[] {
  return parseQuery(q).clauses.map((c) =>
    c.kind === "word"
      ? { kind: "pattern", term: c.word, usePipeline: true, editDistance: 0, fields: c.fields, boost: c.boost, presence: Presence.OPTIONAL }
      : c,
  );
}

function precisionAt5(j: Judgement, ids: number[]): number {
  const possible = [...labels.values()].filter((l) => j.relevant.test(l)).length;
  const found = ids.slice(0, 5).filter((id) => j.relevant.test(labels.get(id)!)).length;
  return found / Math.min(5, possible);
}

describe("relevance on the FedRAMP corpus", () => {
  it("has at least 30 judged queries whose expected products exist", () => {
    expect(JUDGEMENTS.length).toBeGreaterThanOrEqual(30);
    for (const j of JUDGEMENTS)
      expect(
        [...labels.values()].some((l) => j.relevant.test(l)),
        j.q,
      ).toBe(true);
  });

  it("puts the expected products at the top (precision at 5)", () => {
    let ours = 0;
    let plain = 0;
    for (const j of JUDGEMENTS) {
      const top = runQuery(index, parseQuery(j.q), { type: "product", limit: 5 }).hits.map((h) => h.id);
      const baseline = runQuery(index, { text: j.q, clauses: plainLunr(j.q) }, { type: "product", limit: 5 }).hits.map((h) => h.id);
      const p = precisionAt5(j, top);
      const b = precisionAt5(j, baseline);
      ours += p;
      plain += b;
      report.push(`${j.q.padEnd(28)} P@5 ${p.toFixed(2)}  (plain Lunr ${b.toFixed(2)})  top: ${labels.get(top[0]) ?? "-"}`);
      if (j.first) expect(labels.get(top[0]), j.q).toMatch(j.first);
    }
    ours /= JUDGEMENTS.length;
    plain /= JUDGEMENTS.length;
    report.push(`mean P@5 ${ours.toFixed(3)} over ${JUDGEMENTS.length} queries (plain Lunr ${plain.toFixed(3)})`);
    expect(ours).toBeGreaterThanOrEqual(0.8);
    expect(ours).toBeGreaterThan(plain);
  });

  it("finds what a misspelt or unfinished word meant, and offers the spelling", () => {
    const result = runQuery(index, parseQuery("kuberntes"), { type: "product" });
    expect(result.corrections).toEqual([{ word: "kuberntes", suggestion: "kubernetes" }]);
    expect(runQuery(index, parseQuery("kube"), { type: "product" }).hits.length).toBeGreaterThan(0);
    expect(runQuery(index, parseQuery("kube"), { type: "product" }).corrections).toEqual([]);
  });
});
