import type { MetaFunction } from "@remix-run/node";
import { PageContent } from "@ag.ds-next/react/content";
import { H1, H2 } from "@ag.ds-next/react/heading";
import { Prose } from "@ag.ds-next/react/prose";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { CSV_COLUMNS } from "~/open-data/csv-columns";
import {
  API_ASSESSMENTS_FIELDS,
  API_LIST_FIELDS,
  API_PARAMETERS,
  API_PRICES_FIELDS,
  API_PRODUCT_FIELDS,
  ASSESSMENTS_CSV_COLUMNS,
  PRICES_CSV_COLUMNS,
} from "~/open-data/dictionary";
import { API_OUTCOMES_FIELDS, OUTCOMES_ATOM_FIELDS, OUTCOMES_CSV_COLUMNS } from "~/open-data/outcomes-dictionary";
import { FieldTable } from "~/ui/field-table";

export const meta: MetaFunction = () => [
  { title: "Data dictionary: open data API and CSV export | Cloud Exchange" },
  { name: "description", content: "Every field of Cloud Exchange's JSON API and CSV export: meaning, type and an example." },
];

// Links to the data are plain anchors: they answer JSON or a download, not a page of this app.
export default function DataDictionary() {
  return (
    <PageContent>
      <Stack gap={3}>
        <Stack gap={1}>
          <H1>Data dictionary</H1>
          <Text as="p" fontSize="md">
            The catalogue is open data: as JSON for programs and as a CSV file for spreadsheets, with the same filters as the product list.
            Both are served from this site; nothing is fetched from another host.
          </Text>
          <Prose>
            <p>
              What each badge means, and how its currency is judged: <a href="/badges">about the badges</a>. Currency states are worked out
              on the day you ask, so the same request can answer differently tomorrow.
            </p>
          </Prose>
        </Stack>

        <section aria-labelledby="api">
          <Stack gap={1}>
            <H2 id="api">JSON API</H2>
            <Prose>
              <ul>
                <li>
                  <code>
                    GET <a href="/api/products">/api/products</a>
                  </code>
                  : products matching the filters below, a page at a time. Try{" "}
                  <a href="/api/products?model=SaaS&irap=PROTECTED&pageSize=5">SaaS assessed to PROTECTED or higher</a>.
                </li>
                <li>
                  <code>GET /api/products/{"{slug}"}</code>: one product in full, with every badge's dates and currency, provider facts,
                  categories and agencies. An unknown slug answers 404.
                </li>
                <li>
                  <code>
                    GET <a href="/api/assessments">/api/assessments</a>
                  </code>{" "}
                  and{" "}
                  <code>
                    <a href="/api/assessments.csv">/api/assessments.csv</a>
                  </code>
                  : agencies&apos; assessments under the <a href="/framework">common assessment framework</a>, aggregated per product and
                  quality. They never name the agency that assessed nor say why: those are for signed-in government users.
                </li>
                <li>
                  <code>
                    GET <a href="/api/prices">/api/prices</a>
                  </code>{" "}
                  and{" "}
                  <code>
                    <a href="/api/prices.csv">/api/prices.csv</a>
                  </code>
                  : every product&apos;s price list in force today, in Australian dollars ex GST, with GST treatment, billing period,
                  minimum terms and volume tiers. Upcoming lists, the price history and service documents are in each product&apos;s{" "}
                  <code>/api/products/{"{slug}"}</code>. Sample prices are fictional and marked <code>sample</code>.
                </li>
                <li>
                  <code>
                    GET <a href="/api/outcomes">/api/outcomes</a>
                  </code>
                  ,{" "}
                  <code>
                    <a href="/api/outcomes.csv">/api/outcomes.csv</a>
                  </code>{" "}
                  and the Atom feed{" "}
                  <code>
                    <a href="/api/outcomes.atom">/api/outcomes.atom</a>
                  </code>
                  : every approach to market that ended in an award, with the buying agency, the product chosen, the contract value, the
                  decision date, the AusTender contract notice ID when known and the checksum of the frozen decision record. Never the
                  evaluation: no scores, other responses, evaluators or reasons. Sample outcomes are fictional and marked{" "}
                  <code>sample</code>.
                </li>
                <li>
                  <code>
                    GET <a href="/products/export.csv">/products/export.csv</a>
                  </code>
                  : every matching product (all pages) as a CSV download. The product list has a link that exports exactly the results on
                  screen.
                </li>
              </ul>
              <p>
                A filter value we do not recognise, or an unknown parameter, answers <code>400</code> with{" "}
                <code>{'{ "errors": ["…"] }'}</code> naming it, rather than quietly ignoring it. Answers carry an <code>ETag</code> and{" "}
                <code>Cache-Control: public, max-age=60</code>; send the ETag back in <code>If-None-Match</code> to get{" "}
                <code>304 Not Modified</code> when nothing changed.
              </p>
            </Prose>
            <FieldTable caption="Filters and paging (query string parameters)" fields={API_PARAMETERS} nameHeading="Parameter" />
          </Stack>
        </section>

        <section aria-labelledby="json-list">
          <Stack gap={1}>
            <H2 id="json-list">JSON: list of products</H2>
            <FieldTable caption="Fields of /api/products" fields={API_LIST_FIELDS} />
          </Stack>
        </section>

        <section aria-labelledby="json-product">
          <Stack gap={1}>
            <H2 id="json-product">JSON: one product</H2>
            <FieldTable caption="Fields of /api/products/{slug}" fields={API_PRODUCT_FIELDS} />
          </Stack>
        </section>

        <section aria-labelledby="json-assessments">
          <Stack gap={1}>
            <H2 id="json-assessments">JSON: agency assessments</H2>
            <Text as="p">
              Every product at least one agency has assessed. A score is 1 to 5, as the framework version defines it; an assessment over 24
              months old is dated and gives way to a newer one as the latest.
            </Text>
            <FieldTable caption="Fields of /api/assessments" fields={API_ASSESSMENTS_FIELDS} />
          </Stack>
        </section>

        <section aria-labelledby="json-prices">
          <Stack gap={1}>
            <H2 id="json-prices">JSON: prices in force</H2>
            <Text as="p">
              A product without a list in force is left out (its listing reads &ldquo;Price on request&rdquo;). Prices are ex GST; a taxable
              item attracts GST at 10% on top.
            </Text>
            <FieldTable caption="Fields of /api/prices" fields={API_PRICES_FIELDS} />
          </Stack>
        </section>

        <section aria-labelledby="outcomes">
          <Stack gap={1}>
            <H2 id="outcomes">JSON: awarded outcomes</H2>
            <Text as="p">
              One entry per award, newest decision first. An approach that ended without an award is not listed. Contract values are
              whole-of-life and GST inclusive, in dollars.
            </Text>
            <FieldTable caption="Fields of /api/outcomes" fields={API_OUTCOMES_FIELDS} />
            <Text as="p">
              The Atom 1.0 feed <code>/api/outcomes.atom</code> has one entry per award, with the same facts; it carries the same{" "}
              <code>ETag</code> and caching as the JSON.
            </Text>
            <FieldTable caption="Elements of each entry of /api/outcomes.atom" fields={OUTCOMES_ATOM_FIELDS} nameHeading="Element" />
          </Stack>
        </section>

        <section aria-labelledby="csv">
          <Stack gap={1}>
            <H2 id="csv">CSV export</H2>
            <Prose>
              <p>
                UTF-8 with a byte order mark (so Excel reads accented names correctly), comma-separated, one header row, lines ending CRLF,
                fields quoted where they hold a comma, quote or line break (RFC 4180). Text that a spreadsheet would run as a formula
                (starting with <code>=</code>, <code>+</code>, <code>-</code> or <code>@</code>) is written with a leading apostrophe. The
                file name carries the day it was made.
              </p>
            </Prose>
            <FieldTable caption="Columns of /products/export.csv, in order" fields={CSV_COLUMNS} nameHeading="Column" />
            <H2 id="csv-assessments">CSV: agency assessments</H2>
            <Text as="p">The same format: one row per product and quality that at least one agency scored.</Text>
            <FieldTable caption="Columns of /api/assessments.csv, in order" fields={ASSESSMENTS_CSV_COLUMNS} nameHeading="Column" />
            <H2 id="csv-prices">CSV: prices in force</H2>
            <Text as="p">The same format: one row per product, price item and volume tier in force today.</Text>
            <FieldTable caption="Columns of /api/prices.csv, in order" fields={PRICES_CSV_COLUMNS} nameHeading="Column" />
            <H2 id="csv-outcomes">CSV: awarded outcomes</H2>
            <Text as="p">The same format: one row per award, newest decision first.</Text>
            <FieldTable caption="Columns of /api/outcomes.csv, in order" fields={OUTCOMES_CSV_COLUMNS} nameHeading="Column" />
          </Stack>
        </section>
      </Stack>
    </PageContent>
  );
}
