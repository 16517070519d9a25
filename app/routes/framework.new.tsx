/**
 * /framework/new: an editor publishes the framework's next version. The form starts from the
 * newest published version (an upcoming one included, so its changes are not silently undone)
 * and adds a version; nothing is ever changed in place, because assessments point at the version
 * they used.
 */
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useRouteError } from "@remix-run/react";
import { Button } from "@ag.ds-next/react/button";
import { PageContent } from "@ag.ds-next/react/content";
import { FormStack } from "@ag.ds-next/react/form-stack";
import { H1, H2 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextInput } from "@ag.ds-next/react/text-input";
import { Textarea } from "@ag.ds-next/react/textarea";
import { verifyCsrf } from "~/accounts/csrf.server";
import { requireRole } from "~/accounts/session.server";
import { frameworkFormDefaults, parseFrameworkForm } from "~/assessments/framework-form.server";
import { FrameworkQualityFields } from "~/assessments/framework-form";
import { frameworkVersions, publishFrameworkVersion } from "~/assessments/framework.server";
import { MinimumSourceLegend } from "~/assessments/minimum-source";
import { audit } from "~/audit/audit.server";
import { clientIp } from "~/platform/client-ip.server";
import { formatDate, todayIso } from "~/platform/dates";
import { readReply } from "~/platform/form-reply";
import { invalid } from "~/platform/forms.server";
import { readForm } from "~/platform/read-form.server";
import { Breadcrumbs } from "~/ui/breadcrumbs";
import { CsrfInput } from "~/ui/csrf-input";
import { ErrorPage, errorTitle } from "~/ui/error-page";
import { ErrorSummary } from "~/ui/error-summary";

export const meta: MetaFunction = ({ error }) => [
  { title: error ? errorTitle(error) : "Publish a new framework version | Cloud Exchange" },
];

function latestVersion() {
  const latest = frameworkVersions()[0];
  if (!latest) throw json("There is no framework version to start from: the first one is published by the seed.", { status: 409 });
  return latest;
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "editor");
  const base = latestVersion();
  return json({
    base: { version: base.version, effectiveFrom: base.effectiveFrom, document: base.document },
    defaults: { ...frameworkFormDefaults(base.document), sourceTitle: base.sourceTitle, sourceUrl: base.sourceUrl },
    today: todayIso(),
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  await verifyCsrf(request, form);
  const actor = await requireRole(request, "editor");
  const base = latestVersion();
  const parsed = parseFrameworkForm(form, { base: base.document });
  if (!parsed.ok) return invalid(parsed.reply);
  // Two editors at once: the second would publish the first one's document minus their changes.
  if (form.get("base") !== String(base.version)) {
    return invalid(
      parsed.refuse({ "": `Version ${base.version} was published while you were editing. Open this page again to start from it.` }),
      409,
    );
  }
  const version = publishFrameworkVersion({ input: parsed.value, createdBy: actor.id });
  audit({
    ip: clientIp(request),
    actor,
    action: "framework.publish",
    entity: "assessment_framework",
    entityId: version,
    details: { effectiveFrom: parsed.value.effectiveFrom, basedOn: base.version },
  });
  return redirect(`/framework?published=${version}`);
}

export default function NewFrameworkVersion() {
  const { base, defaults, today } = useLoaderData<typeof loader>();
  const reply = readReply(useActionData<typeof action>());
  const field = (name: string) => reply.field(name, defaults[name as keyof typeof defaults] ?? "");
  return (
    <PageContent>
      <Stack gap={2}>
        <Breadcrumbs links={[{ href: "/framework", label: "Common assessment framework" }, { label: "New version" }]} />
        <H1>Publish version {base.version + 1} of the framework</H1>
        <Text as="p">
          This form starts from version {base.version} (in force from {formatDate(base.effectiveFrom)}). Publishing adds a version: earlier
          assessments keep being judged by the version they used, and this one applies from its first day in force.
        </Text>
        <MinimumSourceLegend />
        <ErrorSummary errors={reply.errors} />
        <Form method="post" noValidate>
          <CsrfInput />
          <input type="hidden" name="base" value={base.version} />
          <Stack gap={2}>
            <Stack as="section" gap={1} aria-labelledby="about">
              <H2 id="about">About this version</H2>
              <FormStack>
                <TextInput
                  label="First day in force"
                  hint={`Year-month-day, today (${today}) or later`}
                  required
                  maxWidth="md"
                  {...field("effectiveFrom")}
                />
                <Textarea label="What changed, and why" hint="10 to 2,000 characters" required maxWidth="xl" {...field("summary")} />
                <TextInput label="Source title" required maxWidth="xl" {...field("sourceTitle")} />
                <TextInput label="Source address" hint="Starting https:// or http://" required maxWidth="xl" {...field("sourceUrl")} />
              </FormStack>
            </Stack>
            <FrameworkQualityFields document={base.document} reply={reply} defaults={defaults} />
            <div>
              <Button type="submit">Publish version {base.version + 1}</Button>
            </div>
          </Stack>
        </Form>
      </Stack>
    </PageContent>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
