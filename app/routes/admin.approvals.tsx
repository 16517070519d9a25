/**
 * /admin/approvals: providers' proposed listing changes, each named for what it changes (which
 * badge) with a field-by-field, word-level diff. Editors and administrators approve (marking a
 * badge verified only after saying they checked its evidence) or reject with a reason.
 */
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useRouteError, useSearchParams } from "@remix-run/react";
import { Button } from "@ag.ds-next/react/button";
import { Checkbox } from "@ag.ds-next/react/checkbox";
import { PageContent } from "@ag.ds-next/react/content";
import { ControlGroup } from "@ag.ds-next/react/control-group";
import { FormStack } from "@ag.ds-next/react/form-stack";
import { H1, H2 } from "@ag.ds-next/react/heading";
import { PageAlert } from "@ag.ds-next/react/page-alert";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { Textarea } from "@ag.ds-next/react/textarea";
import { TextLink } from "@ag.ds-next/react/text-link";
import { verifyCsrf } from "~/accounts/csrf.server";
import { requireRole } from "~/accounts/session.server";
import { readForm } from "~/platform/read-form.server";
import { decisionSchema } from "~/listings/decision.server";
import { badgeSentence } from "~/assurance/labels";
import { changeTitle } from "~/listings/change-title";
import { diffListing } from "~/listings/diff";
import { withWordDiffs } from "~/listings/word-diff.server";
import { formatDate } from "~/platform/dates";
import { approveChange, pendingChanges, ProposalNoLongerValid, rejectChange } from "~/listings/listing-change.server";
import { CsrfInput } from "~/ui/csrf-input";
import { ErrorPage } from "~/ui/error-page";
import { FieldChanges } from "~/listings/field-changes";
import { clientIp } from "~/platform/client-ip.server";
import { invalid, parseForm } from "~/platform/forms.server";
import { readReply } from "~/platform/form-reply";
import { ErrorSummary } from "~/ui/error-summary";
import { ReferenceLink } from "~/ui/reference-link";

export const meta: MetaFunction = () => [{ title: "Listing approvals | Cloud Exchange" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "editor");
  const changes = pendingChanges().map((c) => ({
    id: c.id,
    entity: c.entity,
    providerName: c.providerName,
    productName: c.productName,
    productSlug: c.productSlug,
    submittedBy: c.submittedBy,
    createdAt: c.createdAt,
    title: changeTitle(c),
    badge: c.entity === "badge" ? proposedBadge(c.after) : null,
    fields: withWordDiffs(diffListing(c.before, c.after)),
  }));
  return json({ changes });
}

/** The badge as it will read once approved, and the evidence the editor must check before verifying it. */
function proposedBadge(after: Record<string, unknown>) {
  const text = (v: unknown) => (typeof v === "string" && v !== "" ? v : null);
  const sentence = badgeSentence({
    kind: String(after.kind ?? ""),
    level: String(after.level ?? ""),
    assessedOn: text(after.assessedOn),
    periodEnd: text(after.periodEnd),
    assessorName: text(after.assessorName),
  });
  const ism = text(after.ismRelease);
  return { sentence: ism ? `${sentence} Assessed against ${ism}.` : sentence, evidenceRef: text(after.evidenceRef) };
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  await verifyCsrf(request, form);
  const editor = await requireRole(request, "editor");
  const changeId = Number(form.get("changeId"));
  if (!Number.isSafeInteger(changeId) || changeId <= 0) throw json("That change does not exist.", { status: 400 });
  const parsed = parseForm(form, decisionSchema);
  if (!parsed.ok) return invalid(parsed.reply);
  const ip = clientIp(request);
  if (parsed.value.intent === "approve") {
    const markVerified = parsed.value.markVerified === "on";
    const evidenceAcknowledged = parsed.value.evidenceChecked === "on";
    let approved: boolean;
    try {
      approved = approveChange({ changeId, reviewerId: editor.id, note: parsed.value.note, markVerified, evidenceAcknowledged, ip });
    } catch (error) {
      if (!(error instanceof ProposalNoLongerValid)) throw error;
      const note = `This proposal no longer passes the listing's checks (${error.message}). Reject it with a reason so the provider can propose again.`;
      return invalid(parsed.refuse({ note }), 409);
    }
    return redirect(approved ? "/admin/approvals?done=approved" : "/admin/approvals?done=stale");
  }
  const rejected = rejectChange({ changeId, reviewerId: editor.id, reason: parsed.value.note, ip });
  return redirect(rejected ? "/admin/approvals?done=rejected" : "/admin/approvals?done=stale");
}

const DONE: Record<string, string> = {
  approved: "The change is approved and live; the previous version is in the listing's history.",
  rejected: "The change is rejected; the provider sees your reason.",
  stale: "Someone has already decided that change.",
};

export default function Approvals() {
  const { changes } = useLoaderData<typeof loader>();
  const reply = readReply(useActionData<typeof action>());
  // Each change has its own form; the answer belongs to the one whose changeId was sent.
  const answered = reply.submitted ? Number(reply.value("changeId")) : null;
  const [params] = useSearchParams();
  const done = DONE[params.get("done") ?? ""];
  return (
    <PageContent>
      <Stack gap={2}>
        <H1>Listing approvals</H1>
        <ErrorSummary errors={reply.errors.map((e) => (e.name === "" ? e : { ...e, name: `${e.name}-${answered}` }))} />
        {done ? <PageAlert tone={params.get("done") === "stale" ? "warning" : "success"} title={done} /> : null}
        <Text as="p">
          {changes.length === 0
            ? "No proposed changes are waiting."
            : `${changes.length} proposed ${changes.length === 1 ? "change is" : "changes are"} waiting.`}
        </Text>
        {changes.map((c) => {
          const own = answered === c.id ? reply : null;
          const what = c.title;
          return (
            <section key={c.id} aria-labelledby={`change-${c.id}`}>
              <Stack gap={1}>
                <H2 id={`change-${c.id}`}>{what}</H2>
                <Text as="p">
                  Proposed by {c.submittedBy ?? "a former representative"} of {c.providerName} on {formatDate(c.createdAt.slice(0, 10))}.
                  {c.productSlug ? (
                    <>
                      {" "}
                      <TextLink href={`/products/${c.productSlug}`}>See the live listing</TextLink>
                    </>
                  ) : null}
                </Text>
                {c.badge ? (
                  <Text as="p">
                    Once approved the badge reads: {c.badge.sentence}
                    {c.badge.evidenceRef ? (
                      <>
                        {" "}
                        Evidence: <ReferenceLink value={c.badge.evidenceRef} />
                      </>
                    ) : null}
                  </Text>
                ) : null}
                <FieldChanges changes={c.fields} caption={what} />
                <Form method="post" noValidate>
                  <CsrfInput />
                  <input type="hidden" name="changeId" value={c.id} />
                  <FormStack>
                    <Textarea
                      id={`note-${c.id}`}
                      name="note"
                      label="Note or reason"
                      hint="Required when rejecting: the provider sees it"
                      maxWidth="xl"
                      rows={2}
                      required={false}
                      invalid={own?.invalid("note") ?? false}
                      message={own?.error("note")}
                      {...{ defaultValue: own?.value("note") ?? "" }}
                    />
                    {c.badge ? (
                      <ControlGroup
                        id={`evidenceChecked-${c.id}`}
                        label="Verification"
                        hint="Only mark the badge verified once you have opened its evidence and checked that it supports the badge"
                        hideOptionalLabel
                        invalid={own?.invalid("evidenceChecked") ?? false}
                        message={own?.error("evidenceChecked")}
                        block
                      >
                        <Checkbox name="evidenceChecked" {...{ defaultChecked: own?.value("evidenceChecked") === "on" }}>
                          {`I have opened and checked the evidence at ${c.badge.evidenceRef ?? "the reference given"}`}
                        </Checkbox>
                        <Checkbox name="markVerified" {...{ defaultChecked: own?.value("markVerified") === "on" }}>
                          Mark this badge verified by Cloud Exchange
                        </Checkbox>
                      </ControlGroup>
                    ) : null}
                    <div>
                      <Button type="submit" {...{ name: "intent", value: "approve" }}>
                        Approve change {c.id}
                      </Button>{" "}
                      <Button type="submit" variant="secondary" {...{ name: "intent", value: "reject" }}>
                        Reject change {c.id}
                      </Button>
                    </div>
                  </FormStack>
                </Form>
              </Stack>
            </section>
          );
        })}
      </Stack>
    </PageContent>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
