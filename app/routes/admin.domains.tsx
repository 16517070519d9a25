import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Button } from "@ag.ds-next/react/button";
import { PageContent } from "@ag.ds-next/react/content";
import { FormStack } from "@ag.ds-next/react/form-stack";
import { H1, H2 } from "@ag.ds-next/react/heading";
import { PageAlert } from "@ag.ds-next/react/page-alert";
import { Select } from "@ag.ds-next/react/select";
import { Stack } from "@ag.ds-next/react/stack";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@ag.ds-next/react/table";
import { TableScroll } from "~/ui/table-scroll";
import { Text } from "@ag.ds-next/react/text";
import { TextInput } from "@ag.ds-next/react/text-input";
import { agencyDomainFormSchema, listAgencyDomainRows, removeAgencyDomain, saveAgencyDomain } from "~/accounts/agency-domains.server";
import { audit } from "~/audit/audit.server";
import { verifyCsrf } from "~/accounts/csrf.server";
import { requireRole } from "~/accounts/session.server";
import { agencyExists, listAgencies } from "~/accounts/user.server";
import { CsrfInput } from "~/ui/csrf-input";
import { ErrorSummary } from "~/ui/error-summary";
import { readForm } from "~/platform/read-form.server";
import { clientIp } from "~/platform/client-ip.server";
import { invalid, outcome, parseForm } from "~/platform/forms.server";
import { readReply } from "~/platform/form-reply";

export const meta: MetaFunction = () => [{ title: "Agency e-mail domains | Admin | Cloud Exchange" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "admin");
  return json({ domains: listAgencyDomainRows(), agencies: listAgencies() });
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await readForm(request);
  await verifyCsrf(request, formData);
  const admin = await requireRole(request, "admin");
  if (formData.get("intent") === "remove") {
    const domain = String(formData.get("domain") ?? "");
    // Saying "no longer an agency domain" about one that never was would mislead (and echo any input).
    if (!removeAgencyDomain(domain)) throw json("That domain is not on the list.", { status: 404 });
    audit({ ip: clientIp(request), actor: admin, action: "agency_domain.removed", entity: "agency_domain", entityId: domain });
    return json(
      outcome({ notice: `${domain} is no longer an agency domain: people with addresses there are no longer recognised as agency staff.` }),
    );
  }
  const form = parseForm(formData, agencyDomainFormSchema);
  if (!form.ok) return invalid(form.reply);
  const { domain, agencyId = null } = form.value;
  if (agencyId !== null && !agencyExists(agencyId)) return invalid(form.refuse({ agencyId: "Choose an agency from the list" }));
  const added = saveAgencyDomain({ domain, agencyId, addedBy: admin.id });
  audit({
    ip: clientIp(request),
    actor: admin,
    action: added ? "agency_domain.added" : "agency_domain.changed",
    entity: "agency_domain",
    entityId: domain,
    details: { agencyId },
  });
  return json(outcome({ notice: `${domain} is now accepted as a government domain.` }));
}

export default function AdminDomains() {
  const { domains, agencies } = useLoaderData<typeof loader>();
  const reply = readReply(useActionData<typeof action>());
  return (
    <PageContent>
      <Stack gap={3}>
        <H1>Agency e-mail domains</H1>
        <Text as="p">
          Every address ending in .gov.au is already accepted. List here the other domains agencies use, so their staff are recognised once
          they confirm their e-mail. Choosing an agency also assigns it to those staff when they confirm.
        </Text>
        {reply.notice ? <PageAlert tone="success" title={reply.notice} focusOnMount /> : null}
        <Stack as="section" gap={1.5} aria-labelledby="add-heading">
          <H2 id="add-heading">Add or change a domain</H2>
          <ErrorSummary errors={reply.errors} />
          <Form method="post" noValidate>
            <CsrfInput />
            <input type="hidden" name="intent" value="save" />
            <FormStack>
              <TextInput
                id="domain"
                name="domain"
                label="Domain"
                hint="For example: abc.net.au"
                required
                invalid={reply.invalid("domain")}
                message={reply.error("domain")}
                {...{ defaultValue: reply.value("domain") }}
              />
              <Select
                id="agencyId"
                name="agencyId"
                label="Agency"
                placeholder="No particular agency"
                options={agencies.map((a) => ({ value: String(a.id), label: a.name }))}
                invalid={reply.invalid("agencyId")}
                message={reply.error("agencyId")}
                {...{ defaultValue: reply.value("agencyId") ?? "" }}
              />
              <div>
                <Button type="submit">Save domain</Button>
              </div>
            </FormStack>
          </Form>
        </Stack>
        <TableScroll>
          <Table>
            <TableCaption>{domains.length} listed domains</TableCaption>
            <TableHead>
              <TableRow>
                <TableHeader scope="col">Domain</TableHeader>
                <TableHeader scope="col">Agency</TableHeader>
                <TableHeader scope="col">Added</TableHeader>
                <TableHeader scope="col">Remove</TableHeader>
              </TableRow>
            </TableHead>
            <TableBody>
              {domains.map((d) => (
                <TableRow key={d.domain}>
                  <TableCell>{d.domain}</TableCell>
                  <TableCell>{d.agencyName ?? "None"}</TableCell>
                  <TableCell>{d.createdAt.slice(0, 10)}</TableCell>
                  <TableCell>
                    <Form method="post">
                      <CsrfInput />
                      <input type="hidden" name="intent" value="remove" />
                      <input type="hidden" name="domain" value={d.domain} />
                      <Button type="submit" size="sm" variant="tertiary">
                        Remove {d.domain}
                      </Button>
                    </Form>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      </Stack>
    </PageContent>
  );
}
