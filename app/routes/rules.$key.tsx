import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useRouteError } from "@remix-run/react";
import { Breadcrumbs } from "~/ui/breadcrumbs";
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
import { formatDate, todayIso } from "~/platform/dates";
import { paramFields, parseRetireForm, parseVersionForm } from "~/procurement/rule-form.server";
import { addRuleVersion, getRule, retireRule } from "~/procurement/rules.server";
import { describeWindow } from "~/procurement/rule-version";
import { CsrfInput } from "~/ui/csrf-input";
import { ErrorPage } from "~/ui/error-page";
import { ErrorSummary } from "~/ui/error-summary";
import { readForm } from "~/platform/read-form.server";
import { clientIp } from "~/platform/client-ip.server";
import { invalid } from "~/platform/forms.server";
import { readReply } from "~/platform/form-reply";

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
    if (!parsed.ok) return invalid(parsed.reply);
    addRuleVersion({ ip: clientIp(request), actor, ruleId: rule.id, ruleKey: rule.key, input: parsed.value });
    return redirect(`/rules/${rule.key}?done=version`);
  }
  if (intent === "retire") {
    const parsed = parseRetireForm(form, { earliest: latest?.effectiveFrom ?? "0000-01-01" });
    if (!parsed.ok) return invalid(parsed.reply);
    retireRule({ ip: clientIp(request), actor, ruleId: rule.id, ruleKey: rule.key, lastDay: parsed.value.lastDay });
    return redirect(`/rules/${rule.key}?done=retired`);
  }
  throw json("That action is not available here.", { status: 400 });
}

export default function RulePage() {
  const { rule, versions, canEdit, fields, defaults, done } = useLoaderData<typeof loader>();
  const reply = readReply(useActionData<typeof action>());
  // The two forms share the page: the answer belongs to the one whose intent was sent.
  const answered = reply.submitted ? reply.value("intent") : null;
  const own = (intent: string) => (answered === intent ? reply : null);
  const input = (intent: string, name: string, label: string, hint?: string, fallback = "", required = true) => (
    <TextInput
      key={name}
      id={name}
      name={name}
      label={label}
      hint={hint}
      required={required}
      invalid={own(intent)?.invalid(name) ?? false}
      message={own(intent)?.error(name)}
      maxWidth="xl"
      {...{ defaultValue: own(intent) ? (reply.value(name) ?? "") : fallback }}
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
              {answered === "add-version" ? <ErrorSummary errors={reply.errors} /> : null}
              <Form method="post">
                <CsrfInput />
                <input type="hidden" name="intent" value="add-version" />
                <FormStack>
                  {input("add-version", "effectiveFrom", "First day in force", "Year-month-day, for example 2026-07-01")}
                  {input("add-version", "effectiveTo", "Last day in force", "Leave blank while it stays in force", undefined, false)}
                  {fields.map((f) =>
                    input(
                      "add-version",
                      `param.${f.name}`,
                      `Threshold: ${f.name}`,
                      f.kind === "list" ? "Separate values with commas" : f.kind === "boolean" ? "true or false" : undefined,
                      f.value,
                    ),
                  )}
                  <div id="params" tabIndex={-1} />
                  <Textarea
                    id="summary"
                    name="summary"
                    label="Summary"
                    required
                    maxWidth="xl"
                    invalid={own("add-version")?.invalid("summary") ?? false}
                    message={own("add-version")?.error("summary")}
                    {...{ defaultValue: own("add-version") ? (reply.value("summary") ?? "") : (defaults?.summary ?? "") }}
                  />
                  {input("add-version", "sourceTitle", "Source title", undefined, defaults?.sourceTitle)}
                  {input("add-version", "sourceUrl", "Source address", undefined, defaults?.sourceUrl)}
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
                    {answered === "retire" ? <ErrorSummary errors={reply.errors} /> : null}
                    {input(
                      "retire",
                      "lastDay",
                      "Last day in force",
                      "Contracts signed after this day are not judged by the rule",
                      todayIso(),
                    )}
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
