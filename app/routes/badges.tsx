import type { MetaFunction } from "@remix-run/node";
import { PageContent } from "@ag.ds-next/react/content";
import { H1, H2, H3 } from "@ag.ds-next/react/heading";
import { Prose } from "@ag.ds-next/react/prose";
import { Stack } from "@ag.ds-next/react/stack";
import { BADGE_DEFINITIONS } from "~/assurance/dictionary";
import { EVIDENCE_LABELS, EVIDENCE_LEVELS } from "~/assurance/vocabulary";
import { CurrencyStatus } from "~/assurance/currency-status";

export const meta: MetaFunction = () => [{ title: "About the badges | Cloud Exchange" }];

const EVIDENCE_MEANING: Record<(typeof EVIDENCE_LEVELS)[number], string> = {
  self_declared: "The provider says so; no document has been supplied.",
  document: "The provider supplied a document (a certificate or letter) that we link to.",
  third_party: "A named independent assessor's report supports the badge.",
  verified: "Cloud Exchange checked the evidence with the issuer.",
};

export default function Badges() {
  return (
    <PageContent>
      <Stack gap={2}>
        <H1>About the badges</H1>
        <Prose>
          <p>
            Each product lists the assurance it carries. Every badge shows its state at a glance, and how well it is evidenced, so you can
            judge how far to trust it.
          </p>
        </Prose>
        <section aria-labelledby="states">
          <H2 id="states">Currency states</H2>
          <dl>
            <dt>
              <CurrencyStatus currency={{ state: "current", label: "Current" }} />
            </dt>
            <dd>Within its validity period, with more than 90 days to run.</dd>
            <dt>
              <CurrencyStatus currency={{ state: "due", label: "Due within 90 days" }} />
            </dt>
            <dd>Still valid, but lapses within 90 days: ask the provider about renewal.</dd>
            <dt>
              <CurrencyStatus currency={{ state: "overdue", label: "Overdue or expired" }} />
            </dt>
            <dd>Past its validity period: do not rely on it without newer evidence.</dd>
            <dt>
              <CurrencyStatus currency={{ state: "no_expiry", label: "No expiry set by the framework" }} />
            </dt>
            <dd>The framework sets no fixed expiry; check the date it was assessed.</dd>
          </dl>
        </section>
        <section aria-labelledby="evidence">
          <H2 id="evidence">Evidence levels, weakest first</H2>
          <Prose>
            <ol>
              {EVIDENCE_LEVELS.map((l) => (
                <li key={l}>
                  <strong>{EVIDENCE_LABELS[l]}</strong>: {EVIDENCE_MEANING[l]}
                </li>
              ))}
            </ol>
          </Prose>
        </section>
        <section aria-labelledby="kinds">
          <H2 id="kinds">The badges</H2>
          <Stack gap={2}>
            {BADGE_DEFINITIONS.map((d) => (
              <article key={d.kind} id={d.kind} aria-labelledby={`${d.kind}-title`}>
                <H3 id={`${d.kind}-title`}>{d.name}</H3>
                <Prose>
                  <p>{d.what}</p>
                  <dl>
                    <dt>Owner</dt>
                    <dd>{d.owner}</dd>
                    <dt>Levels</dt>
                    <dd>{d.levels}</dd>
                    <dt>Currency rule</dt>
                    <dd>{d.currency}</dd>
                    <dt>Source</dt>
                    <dd>
                      <a href={d.source.url} rel="noopener noreferrer">
                        {d.source.title}
                      </a>
                    </dd>
                  </dl>
                </Prose>
              </article>
            ))}
          </Stack>
        </section>
      </Stack>
    </PageContent>
  );
}
