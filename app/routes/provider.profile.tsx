/** /provider/profile: propose new facts for the representative's own provider. */
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useRouteError } from "@remix-run/react";
import { Button } from "@ag.ds-next/react/button";
import { Checkbox } from "@ag.ds-next/react/checkbox";
import { PageContent } from "@ag.ds-next/react/content";
import { ControlGroup } from "@ag.ds-next/react/control-group";
import { FormStack } from "@ag.ds-next/react/form-stack";
import { H1 } from "@ag.ds-next/react/heading";
import { Select } from "@ag.ds-next/react/select";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { Textarea } from "@ag.ds-next/react/textarea";
import { TextInput } from "@ag.ds-next/react/text-input";
import { verifyCsrf } from "~/accounts/csrf.server";
import { readForm } from "~/platform/read-form.server";
import { CLEARANCES, CLEARANCE_LABELS, DATA_LOCATIONS, DATA_LOCATION_LABELS } from "~/catalogue/vocabulary";
import { requireProviderRep } from "~/accounts/session.server";
import { providerProposalSchema } from "~/listings/fields.server";
import { proposeProviderChange, providerProfile } from "~/listings/listing-change.server";
import { CsrfInput } from "~/ui/csrf-input";
import { ErrorPage } from "~/ui/error-page";
import { ErrorSummary } from "~/ui/error-summary";
import { clientIp } from "~/platform/client-ip.server";
import { invalid, parseForm } from "~/platform/forms.server";
import { readReply } from "~/platform/form-reply";

export const meta: MetaFunction = () => [{ title: "Edit provider profile | Cloud Exchange" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireProviderRep(request);
  const profile = providerProfile({ providerId: user.providerId });
  if (!profile) throw json("Your provider is no longer listed.", { status: 404 });
  return json({ profile });
}

const FLAGS = [
  ["securityOperationsCentre", "Runs a 24x7 security operations centre"],
  ["australianOwned", "Australian owned"],
  ["sme", "Small or medium enterprise"],
  ["indigenousBusiness", "Indigenous business"],
] as const;

export async function action({ request }: ActionFunctionArgs) {
  const formData = await readForm(request);
  await verifyCsrf(request, formData);
  const user = await requireProviderRep(request);
  const form = parseForm(formData, providerProposalSchema);
  if (!form.ok) return invalid(form.reply);
  const changeId = proposeProviderChange({ providerId: user.providerId, userId: user.id, ip: clientIp(request), after: form.value });
  if (changeId === null) throw json("Your provider is no longer listed.", { status: 404 });
  return redirect("/provider?proposed=1");
}

export default function ProviderProfile() {
  const { profile } = useLoaderData<typeof loader>();
  const reply = readReply(useActionData<typeof action>());
  const f = profile.facts;
  // After a refused submission the form shows what was typed; before, the listing as it stands.
  const value = (name: keyof typeof f): string => (reply.submitted ? (reply.value(name) ?? "") : String(f[name] ?? ""));
  const checked = (name: keyof typeof f) => (reply.submitted ? reply.value(name) === "on" : f[name] === true);
  const field = (name: keyof typeof f) => ({
    id: name,
    name,
    invalid: reply.invalid(name),
    message: reply.error(name),
    ...{ defaultValue: value(name) },
  });
  const locations = DATA_LOCATIONS.map((l) => ({ value: l, label: DATA_LOCATION_LABELS[l] }));
  return (
    <PageContent>
      <Stack gap={2} maxWidth={720}>
        <H1>Edit the profile of {profile.name}</H1>
        <Text as="p">Your changes wait for approval by Cloud Exchange before buyers see them.</Text>
        <ErrorSummary errors={reply.errors} />
        <Form method="post" noValidate>
          <CsrfInput />
          <FormStack>
            <Textarea label="Summary" maxWidth="xl" rows={3} required {...field("summary")} />
            <TextInput label="Website" hint="Starts with https://" maxWidth="xl" required={false} {...field("website")} />
            <TextInput label="Headquarters" maxWidth="lg" required={false} {...field("headquarters")} />
            <Textarea
              label="Ownership and control"
              hint="Who ultimately owns and controls the provider"
              maxWidth="xl"
              rows={3}
              required={false}
              {...field("ownershipNote")}
            />
            <Select label="Where customer data is held" required options={locations} {...field("dataLocation")} />
            <Select label="Where support staff are" required options={locations} {...field("supportStaffLocation")} />
            <Select
              label="Highest clearance of support staff with access to customer data"
              required
              options={CLEARANCES.map((c) => ({ value: c, label: CLEARANCE_LABELS[c] }))}
              {...field("staffClearance")}
            />
            <ControlGroup label="About the provider" required={false} block>
              {FLAGS.map(([name, label]) => (
                <Checkbox key={name} name={name} {...{ defaultChecked: checked(name) }}>
                  {label}
                </Checkbox>
              ))}
            </ControlGroup>
            <div>
              <Button type="submit">Propose these changes</Button>
            </div>
          </FormStack>
        </Form>
      </Stack>
    </PageContent>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
