import { Button } from "@ag.ds-next/react/button";
import { Checkbox } from "@ag.ds-next/react/checkbox";
import { ControlGroup } from "@ag.ds-next/react/control-group";
import { Radio } from "@ag.ds-next/react/radio";
import { Stack } from "@ag.ds-next/react/stack";
import { TextInput } from "@ag.ds-next/react/text-input";
import { TextLink } from "@ag.ds-next/react/text-link";
import type { CatalogueQuery, FacetCounts } from "./facets";
import { CERTIFICATION_FACETS, LISTING_SOURCE_LABELS, LISTING_SOURCES, toSearchParams } from "./facets";
import { BADGE_KIND_LABELS, E8_LEVELS, HCF_LABELS, HCF_LEVELS, IRAP_LEVELS } from "~/assurance/vocabulary";
import { SERVICE_MODELS } from "./vocabulary";

type Option = { value: string; label: string };

/** How many facets a query sets (words excluded): shown on the collapsed filter disclosure. */
export function filtersApplied(q: CatalogueQuery): number {
  return (
    q.category.length +
    q.model.length +
    (q.irap ? 1 : 0) +
    q.irapStatus.length +
    q.hcf.length +
    (q.e8 ? 1 : 0) +
    q.cert.length +
    (q.onshore ? 1 : 0) +
    (q.sme ? 1 : 0) +
    q.source.length +
    (q.prices ? 1 : 0) +
    (q.profile ? 1 : 0)
  );
}

/**
 * Facet checkboxes inside the page's GET form: filtering works without JavaScript. A category
 * that no product in the current results has is left out (unless chosen), so the list shows
 * what there is to narrow to rather than a column of "(0)".
 */
export function CatalogueFilters({
  query,
  counts,
  categories,
  profile = null,
}: {
  query: CatalogueQuery;
  counts: FacetCounts;
  categories: { slug: string; name: string }[];
  /** How many products meet the visitor's requirements profile, and whose profile it is; null before the framework exists. */
  profile?: { count: number; hint: string } | null;
}) {
  const shownCategories = categories.filter((c) => (counts.category[c.slug] ?? 0) > 0 || query.category.includes(c.slug));
  return (
    <Stack gap={1.5}>
      <TextInput
        label="Words to search for"
        hint="For example: backup, Kubernetes, payroll"
        name="q"
        block
        hideOptionalLabel
        {...{ defaultValue: query.q }}
      />
      <Group
        label="Service model"
        name="model"
        options={SERVICE_MODELS.map((m) => ({ value: m, label: m }))}
        selected={query.model}
        counts={counts.model}
      />
      <Group
        label="Listing source"
        name="source"
        options={LISTING_SOURCES.map((s) => ({ value: s, label: LISTING_SOURCE_LABELS[s] }))}
        selected={query.source}
        counts={counts.source}
      />
      <Group
        label="Prices"
        name="prices"
        options={[{ value: "1", label: "Has published prices" }]}
        selected={query.prices ? ["1"] : []}
        counts={counts.prices}
      />
      <Group
        label="Category"
        name="category"
        options={shownCategories.map((c) => ({ value: c.slug, label: c.name }))}
        selected={query.category}
        counts={counts.category}
      />
      <Single
        label="IRAP assessment level"
        name="irap"
        hint="Australian IRAP assessments only: a FedRAMP authorisation is not one"
        options={IRAP_LEVELS.map((l) => ({ value: l, label: `${l} or higher` }))}
        selected={query.irap}
        counts={counts.irap}
      />
      <Group
        label="IRAP currency"
        name="irapStatus"
        options={[
          { value: "current", label: "Current" },
          { value: "due", label: "Reassessment due within 90 days" },
          { value: "overdue", label: "Reassessment overdue" },
          { value: "none", label: "Not IRAP assessed" },
        ]}
        selected={query.irapStatus}
        counts={counts.irapStatus}
      />
      <Group
        label="Hosting Certification Framework"
        name="hcf"
        options={[...HCF_LEVELS.map((l) => ({ value: l, label: HCF_LABELS[l] })), { value: "none", label: "No HCF record" }]}
        selected={query.hcf}
        counts={counts.hcf}
      />
      <Single
        label="Essential Eight (lowest strategy level)"
        name="e8"
        options={E8_LEVELS.map((l) => ({ value: l, label: `${l.replace("ML", "Maturity Level ")} or higher` }))}
        selected={query.e8}
        counts={counts.e8}
      />
      <Group
        label="Certifications held (all selected)"
        name="cert"
        options={CERTIFICATION_FACETS.map((c) => ({ value: c, label: BADGE_KIND_LABELS[c] }))}
        selected={query.cert}
        counts={counts.cert}
      />
      {profile ? (
        <ControlGroup label="Agency assessments" hint={profile.hint} block>
          <Checkbox name="profile" value="1" size="sm" {...{ defaultChecked: query.profile }}>
            Meets my requirements profile ({profile.count})
          </Checkbox>
        </ControlGroup>
      ) : null}
      <Group
        label="Provider"
        name="onshore"
        options={[{ value: "1", label: "Data held onshore (Australia only)" }]}
        selected={query.onshore ? ["1"] : []}
        counts={counts.onshore}
      />
      <Group
        label="Business"
        name="sme"
        options={[{ value: "1", label: "Small or medium enterprise" }]}
        selected={query.sme ? ["1"] : []}
        counts={counts.sme}
      />
      <div>
        <Button type="submit">Apply filters</Button>
      </div>
      <TextLink href="/products">Clear all filters</TextLink>
    </Stack>
  );
}

/**
 * The requirements-profile and published-prices filters while they are on, as links that take
 * them off: said near the results, where they explain their number (the profile depends on the
 * buyer, and "Price on request" products vanishing needs saying).
 */
export function ActiveProfileFilter({ query }: { query: CatalogueQuery }) {
  if (!query.profile && !query.prices) return null;
  return (
    <p style={{ margin: 0, display: "flex", flexWrap: "wrap", gap: 8 }}>
      {query.profile ? <Chip query={{ ...query, profile: false }} label="Meets my requirements profile" /> : null}
      {query.prices ? <Chip query={{ ...query, prices: false }} label="Has published prices" /> : null}
    </p>
  );
}

function Chip({ query, label }: { query: CatalogueQuery; label: string }) {
  const without = toSearchParams({ ...query, page: 1 }).toString();
  return (
    <a
      href={`/products${without ? `?${without}` : ""}`}
      aria-label={`Remove the filter: ${label.toLowerCase()}`}
      style={{ display: "inline-block", padding: "4px 12px", border: "1px solid currentColor", borderRadius: 16, minHeight: 24 }}
    >
      {label} <span aria-hidden="true">×</span>
    </a>
  );
}

function Group({
  label,
  name,
  options,
  selected,
  counts,
}: {
  label: string;
  name: string;
  options: Option[];
  selected: readonly string[];
  counts: Record<string, number>;
}) {
  return (
    <ControlGroup label={label} block>
      {options.map((o) => (
        <Checkbox key={o.value} name={name} value={o.value} size="sm" {...{ defaultChecked: selected.includes(o.value) }}>
          {o.label} ({counts[o.value] ?? 0})
        </Checkbox>
      ))}
    </ControlGroup>
  );
}

function Single({
  label,
  hint,
  name,
  options,
  selected,
  counts,
}: {
  label: string;
  hint?: string;
  name: string;
  options: Option[];
  selected: string | null;
  counts: Record<string, number>;
}) {
  return (
    <ControlGroup label={label} hint={hint} block>
      <Radio name={name} value="" size="sm" {...{ defaultChecked: !selected }}>
        Any
      </Radio>
      {options.map((o) => (
        <Radio key={o.value} name={name} value={o.value} size="sm" {...{ defaultChecked: selected === o.value }}>
          {o.label} ({counts[o.value] ?? 0})
        </Radio>
      ))}
    </ControlGroup>
  );
}
