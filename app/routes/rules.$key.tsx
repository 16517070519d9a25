import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useRouteError } from "@remix-run/react";
import { Breadcrumbs } from "@ag.ds-next/react/breadcrumbs";
import { Button } from "@ag.ds-next/react/button";
import { PageContent } from "@ag.ds-next/react/content";
import { FormStack } from "@ag.ds-next/react/form-stack";
import { H1, H2, H3 } from "@ag.ds-next/react/heading";
import { PageAlert } from "@ag.ds-next/react/page-alert";
import { Prose } from "@ag.ds-next/react/prose";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextInput } from "@ag.ds-next/react/text-input";
import { Textarea } from "@ag.ds-next/react/textarea";
import { TextLink } from "@ag.ds-next/react/text-link";
import { verifyCsrf } from "~/accounts/csrf.server";
import { getUser, requireRole } from "~/accounts/session.server";
import { formatDate, isIsoDate, todayIso } from "~/platform/dates";
import { paramFields, parseVersionForm } from "~/procurement/rule-form.server";
import { addRuleVersion, getRule, retireRule } from "~/procurement/rules.server";
import { describeWindow } from "~/procurement/rule-version";
import { CsrfInput } from "~/ui/csrf-input";
import { ErrorPage } from "~/ui/error-page";
import { ERROR_LIST_STYLE } from "~/ui/error-summary";
import { readForm } from "~/platform/read-form.server";
import { clientIp } from "~/platform/client-ip.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.rule.name ?? "Rule"} | Procurement rules | Cloud Exchange` },
];

const EDITORS = ["editor", "admin"] as const;

function findRule(key: string | undefined) {
  const rule = getRule({ key: key ?? "" });
  if (!rule) throw json("We could not find that rule.", { status: 404 });
  return rule;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const rule = findRule(params.key);
  const user = await getUser(request);
  const latest = rule.versions[rule.versions.length - 1];
  return json({
    rule: { key: rule.key, name: rule.name, owner: rule.owner, retiredAt: rule.retiredAt },
    versions: [...rule.versions]
      .reverse()
      .map(({ id, version, effectiveFrom, effectiveTo, params: p, summary, sourceTitle, sourceUrl, createdAt }) => ({
        id,
        version,
        window: describeWindow({ effectiveFrom, effectiveTo }),
        params: p,
        summary,
        sourceTitle,
        sourceUrl,
        createdAt,
      })),
    canEdit: !!user && user.roles.some((r) => (EDITORS as readonly string[]).includes(r)),
    fields: latest ? paramFields(latest.params) : [],
    defaults: latest ? { summary: latest.summary, sourceTitle: latest.sourceTitle, sourceUrl: latest.sourceUrl } : null,
    done: new URL(request.url).searchParams.get("done"),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await readForm(request);
  await verifyCsrf(request, form);
  const actor = await requireRole(request, [...EDITORS]);
  const rule = findRule(params.key);
  const latest = rule.versions[rule.versions.length - 1];
  const intent = form.get("intent");
  if (intent === "add-version") {
    const parsed = parseVersionForm({ form, rule, fields: latest ? paramFields(latest.params) : [] });
    if (!parsed.ok) return json({ intent, errors: parsed.errors, values: parsed.values }, { status: 400 });
    addRuleVersion({ ip: clientIp(request), actor, ruleId: rule.id, ruleKey: rule.key, input: parsed.version });
    return redirect(`/rules/${rule.key}?done=version`);
  }
  if (intent === "retire") {
    const lastDay = String(form.get("lastDay") ?? "").trim();
    const earliest = latest?.effectiveFrom ?? "0000-01-01";
    const message = !isIsoDate(lastDay)
      ? "Enter the last day in force as year-month-day, for example 2026-06-30"
      : lastDay < earliest
        ? `The last day cannot be before the latest version starts (${formatDate(earliest)})`
        : null;
    if (message)
      return json(
        { intent, errors: { lastDay: message } as Record<string, string>, values: { lastDay } as Record<string, string> },
        { status: 400 },
      );
    retireRule({ ip: clientIp(request), actor, ruleId: rule.id, ruleKey: rule.key, lastDay });
    return redirect(`/rules/${rule.key}?done=retired`);
  }
  throw json("That action is not available here.", { status: 400 });
}

export default function RulePage() {
  const { rule, versions, canEdit, fields, defaults, done } = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const errors = failed?.errors ?? {};
  const values = failed?.values ?? {};
  const value = (name: string, fallback = "") => (failed ? (values[name] ?? "") : fallback);
  const input = (name: string, label: string, hint?: string, fallback?: string, required = true) => (
    <TextInput
      key={name}
      id={`field-${name}`}
      name={name}
      label={label}
      hint={hint}
      required={required}
      invalid={!!errors[name]}
      message={errors[name]}
      maxWidth="xl"
      {...{ defaultValue: value(name, fallback) }}
    />
  );
  return (
    <PageContent>
      <Stack gap={2}>
        <Breadcrumbs links={[{ href: "/rules", label: "Procurement rules" }, { label: rule.name }]} />
        <H1>{rule.name}</H1>
        <Text as="p">
          Owner: {rule.owner}. {rule.retiredAt ? `Retired on ${formatDate(rule.retiredAt.slice(0, 10))}.` : ""}
        </Text>
        {done === "version" ? <PageAlert tone="success" title="New version added" /> : null}
        {done === "retired" ? <PageAlert tone="success" title="Rule retired" /> : null}
        {!canEdit ? <Text as="p">Editors at the Digital Transformation Agency add new versions when a policy changes.</Text> : null}
        <Stack as="section" gap={1} aria-labelledby="history">
          <H2 id="history">Version history</H2>
          {versions.map((v) => (
            <Prose key={v.id}>
              <H3>
                Version {v.version}: in force {v.window}
              </H3>
              <p>{v.summary}</p>
              <p>
                Source:{" "}
                <TextLink href={v.sourceUrl} rel="noopener noreferrer">
                  {v.sourceTitle}
                </TextLink>
              </p>
              {Object.keys(v.params).length ? (
                <p>
                  Thresholds:{" "}
                  {Object.entries(v.params)
                    .map(([k, x]) => `${k} = ${Array.isArray(x) ? x.join(", ") : String(x)}`)
                    .join("; ")}
                </p>
              ) : null}
            </Prose>
          ))}
        </Stack>
        {canEdit ? (
          <>
            <Stack as="section" gap={1} aria-labelledby="new-version">
              <H2 id="new-version">Add a new version</H2>
              {failed?.intent === "add-version" ? (
                <PageAlert tone="error" title="There is a problem">
                  <ul style={ERROR_LIST_STYLE}>
                    {Object.entries(errors).map(([k, m]) => (
                      <li key={k}>
                        <a href={`#field-${k}`}>{m}</a>
                      </li>
                    ))}
                  </ul>
                </PageAlert>
              ) : null}
              <Form method="post">
                <CsrfInput />
                <input type="hidden" name="intent" value="add-version" />
                <FormStack>
                  {input("effectiveFrom", "First day in force", "Year-month-day, for example 2026-07-01")}
                  {input("effectiveTo", "Last day in force", "Leave blank while it stays in force", undefined, false)}
                  {fields.map((f) =>
                    input(
                      `param.${f.name}`,
                      `Threshold: ${f.name}`,
                      f.kind === "list" ? "Separate values with commas" : f.kind === "boolean" ? "true or false" : undefined,
                      f.value,
                    ),
                  )}
                  <div id="field-params" />
                  <Textarea
                    id="field-summary"
                    name="summary"
                    label="Summary"
                    required
                    maxWidth="xl"
                    invalid={!!errors.summary}
                    message={errors.summary}
                    {...{ defaultValue: value("summary", defaults?.summary) }}
                  />
                  {input("sourceTitle", "Source title", undefined, defaults?.sourceTitle)}
                  {input("sourceUrl", "Source address", undefined, defaults?.sourceUrl)}
                  <div>
                    <Button type="submit">Add version</Button>
                  </div>
                </FormStack>
              </Form>
            </Stack>
            {!rule.retiredAt ? (
              <Stack as="section" gap={1} aria-labelledby="retire">
                <H2 id="retire">Retire this rule</H2>
                <Form method="post">
                  <CsrfInput />
                  <input type="hidden" name="intent" value="retire" />
                  <FormStack>
                    {input("lastDay", "Last day in force", "Contracts signed after this day are not judged by the rule", todayIso())}
                    <div>
                      <Button type="submit" variant="secondary">
                        Retire rule
                      </Button>
                    </div>
                  </FormStack>
                </Form>
              </Stack>
            ) : null}
          </>
        ) : null}
      </Stack>
    </PageContent>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
