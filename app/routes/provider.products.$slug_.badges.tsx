/**
 * /provider/products/:slug/badges: add a badge or renew one with new dates and evidence. The result
 * is a proposal; the listing changes only when an editor approves it. Each form shows the fields
 * its kind has (badge-fields.ts) and the kind's levels by name; a new badge's kind is chosen first,
 * on a step of its own, so the right fields show without JavaScript.
 */
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useRouteError } from "@remix-run/react";
import { Button } from "@ag.ds-next/react/button";
import { PageContent } from "@ag.ds-next/react/content";
import { Fieldset } from "@ag.ds-next/react/fieldset";
import { FormStack } from "@ag.ds-next/react/form-stack";
import { H1, H2 } from "@ag.ds-next/react/heading";
import { Select } from "@ag.ds-next/react/select";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { Textarea } from "@ag.ds-next/react/textarea";
import { TextInput } from "@ag.ds-next/react/text-input";
import { TextLink } from "@ag.ds-next/react/text-link";
import { verifyCsrf } from "~/accounts/csrf.server";
import { badgeTitle, levelLabel } from "~/assurance/labels";
import {
  BADGE_KINDS,
  BADGE_KIND_LABELS,
  E8_LEVELS,
  E8_STRATEGIES,
  E8_STRATEGY_LABELS,
  EVIDENCE_LABELS,
  type BadgeKind,
} from "~/assurance/vocabulary";
import { requireProviderRep } from "~/accounts/session.server";
import { ownedProduct, productBadgeFacts, proposeBadgeChange } from "~/listings/listing-change.server";
import { badgeKindFields, levelOptions } from "~/listings/badge-fields";
import { PROPOSABLE_EVIDENCE_LEVELS } from "~/listings/fields";
import { badgeProposalSchema } from "~/listings/fields.server";
import { CsrfInput } from "~/ui/csrf-input";
import { ErrorPage } from "~/ui/error-page";
import { ErrorSummary } from "~/ui/error-summary";
import { readForm } from "~/platform/read-form.server";
import { clientIp } from "~/platform/client-ip.server";
import { invalid, parseForm } from "~/platform/forms.server";
import { readReply, type ReplyReader } from "~/platform/form-reply";

export const meta: MetaFunction = () => [{ title: "Add or renew badges | Cloud Exchange" }];

const isBadgeKind = (value: unknown): value is BadgeKind => (BADGE_KINDS as readonly unknown[]).includes(value);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireProviderRep(request);
  const product = ownedProduct({ providerId: user.providerId, slug: params.slug ?? "" });
  if (!product) throw json("We could not find that product among your listings.", { status: 404 });
  const kind = new URL(request.url).searchParams.get("kind");
  return json({
    product: { slug: product.slug, name: product.name },
    badges: productBadgeFacts({ productId: product.id }),
    newKind: isBadgeKind(kind) ? kind : null,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const formData = await readForm(request);
  await verifyCsrf(request, formData);
  const user = await requireProviderRep(request);
  const product = ownedProduct({ providerId: user.providerId, slug: params.slug ?? "" });
  if (!product) throw json("We could not find that product among your listings.", { status: 404 });
  const given = formData.get("badgeId");
  const badgeId = given ? Number(given) : null;
  if (badgeId !== null && !Number.isSafeInteger(badgeId)) throw json("That badge does not exist.", { status: 400 });
  const form = parseForm(formData, badgeProposalSchema);
  if (!form.ok) return invalid(form.reply);
  if (badgeId !== null) {
    const current = productBadgeFacts({ productId: product.id }).find((b) => b.id === badgeId);
    if (!current) throw json("We could not find that badge on this product.", { status: 404 });
    if (current.kind !== form.value.kind) return invalid(form.refuse({ "": "A renewal keeps the badge's kind: add a new badge instead." }));
  }
  const changeId = proposeBadgeChange({
    providerId: user.providerId,
    productId: product.id,
    badgeId,
    userId: user.id,
    ip: clientIp(request),
    after: form.value,
  });
  if (changeId === null) throw json("We could not find that badge on this product.", { status: 404 });
  return redirect("/provider?proposed=1");
}

type BadgeValues = Partial<Record<string, string | null>>;

const E8_CHOICES = E8_LEVELS.map((l) => ({ value: l, label: levelLabel("e8", l) }));

function BadgeForm({
  prefix,
  kind,
  values,
  reply,
  badgeId,
  submitLabel,
}: {
  prefix: string;
  kind: BadgeKind;
  values: BadgeValues;
  /** The answer to this form's last submission, or null when another form was sent. */
  reply: ReplyReader | null;
  badgeId: number | null;
  submitLabel: string;
}) {
  const field = (name: string) => ({
    id: `${prefix}-${name}`,
    name,
    invalid: reply?.invalid(name) ?? false,
    message: reply?.error(name),
    ...{ defaultValue: (reply ? reply.value(name) : values[name]) ?? "" },
  });
  const has = badgeKindFields(kind);
  return (
    <Form method="post" noValidate>
      <CsrfInput />
      {badgeId !== null ? <input type="hidden" name="badgeId" value={badgeId} /> : null}
      <input type="hidden" name="kind" value={kind} />
      <FormStack>
        {has.chooseLevel && !has.e8Strategies ? (
          <Select label="Level" required placeholder="Choose a level" options={levelOptions(kind)} maxWidth="lg" {...field("level")} />
        ) : null}
        {has.e8Strategies ? (
          <Fieldset
            legend="Maturity level of each strategy"
            hint="The overall level is the lowest of the eight: it is worked out from these."
          >
            <FormStack>
              {E8_STRATEGIES.map((s) => (
                <Select
                  key={s}
                  label={E8_STRATEGY_LABELS[s]}
                  required
                  placeholder="Choose a level"
                  options={E8_CHOICES}
                  maxWidth="md"
                  {...field(`e8Levels.${s}`)}
                />
              ))}
              <Select
                label="Overall maturity level"
                hint="Leave it to be worked out, or choose the level your report states and it is checked against the strategies"
                required={false}
                options={[{ value: "", label: "Work it out from the strategies" }, ...E8_CHOICES]}
                maxWidth="lg"
                {...field("level")}
              />
            </FormStack>
          </Fieldset>
        ) : null}
        {has.assessedOn ? (
          <TextInput
            label="Assessed or issued on"
            hint={kind === "hcf" ? "The certificate date, like 2026-03-31; leave empty if uncertified" : "A date like 2026-03-31"}
            maxWidth="md"
            required={kind !== "hcf"}
            {...field("assessedOn")}
          />
        ) : null}
        {has.expiresOn ? (
          <TextInput
            label="Expires on"
            hint="Only where the certificate states an expiry"
            maxWidth="md"
            required={false}
            {...field("expiresOn")}
          />
        ) : null}
        {has.periodEnd ? (
          <TextInput label="Report period end" hint="A date like 2026-06-30" maxWidth="md" required {...field("periodEnd")} />
        ) : null}
        {has.ismRelease ? (
          <TextInput
            label="ISM release"
            hint="The release of the Information Security Manual the assessment used, like ISM December 2025"
            maxWidth="md"
            required
            {...field("ismRelease")}
          />
        ) : null}
        <TextInput label="Assessor" maxWidth="xl" required {...field("assessorName")} />
        <Textarea label="Scope" maxWidth="xl" rows={3} required {...field("scope")} />
        <Select
          label="Evidence level"
          required
          options={PROPOSABLE_EVIDENCE_LEVELS.map((l) => ({ value: l, label: EVIDENCE_LABELS[l] }))}
          {...field("evidenceLevel")}
        />
        <TextInput
          label="Evidence"
          hint="A document reference, or a link starting with https://"
          maxWidth="xl"
          required
          {...field("evidenceRef")}
        />
        <div>
          <Button type="submit">{submitLabel}</Button>
        </div>
      </FormStack>
    </Form>
  );
}

export default function ProviderBadges() {
  const { product, badges, newKind } = useLoaderData<typeof loader>();
  const reply = readReply(useActionData<typeof action>());
  // Each badge has its own form; the answer belongs to the one whose badgeId was sent.
  const target = reply.submitted ? (reply.value("badgeId") ?? "new") : null;
  const replyFor = (form: string) => (target === form ? reply : null);
  const prefix = target === "new" ? "new" : `b${target}`;
  const sent = target === "new" ? reply.value("kind") : undefined;
  const addKind = isBadgeKind(sent) ? sent : newKind;
  return (
    <PageContent>
      <Stack gap={2}>
        <H1>Badges for {product.name}</H1>
        <Text as="p">Changes wait for approval by Cloud Exchange. Only Cloud Exchange can mark a badge verified.</Text>
        {/* The summary links to the fields of the form that failed, whose ids carry its prefix. */}
        <ErrorSummary errors={reply.errors.map((e) => (e.name === "" ? e : { ...e, name: `${prefix}-${e.name}` }))} />
        {badges.map((b) => {
          const kind = isBadgeKind(b.kind) ? b.kind : null;
          if (!kind) return null;
          const levels = b.e8Levels ?? {};
          return (
            <section key={b.id} aria-labelledby={`badge-${b.id}`}>
              <Stack gap={1}>
                <H2 id={`badge-${b.id}`}>Renew {badgeTitle(kind, b.level, b.mapped)}</H2>
                <BadgeForm
                  prefix={`b${b.id}`}
                  kind={kind}
                  badgeId={b.id}
                  values={{
                    // Essential Eight's overall level starts as "work it out": it follows the strategies.
                    level: kind === "e8" ? "" : b.level,
                    assessedOn: b.assessedOn,
                    expiresOn: b.expiresOn,
                    periodEnd: b.periodEnd,
                    ismRelease: b.ismRelease,
                    ...Object.fromEntries(E8_STRATEGIES.map((s) => [`e8Levels.${s}`, levels[s] === undefined ? "" : `ML${levels[s]}`])),
                    assessorName: b.assessorName,
                    scope: b.scope,
                    evidenceRef: b.evidenceRef,
                    evidenceLevel: b.evidenceLevel === "verified" ? "third_party" : b.evidenceLevel,
                  }}
                  reply={replyFor(String(b.id))}
                  submitLabel={`Propose renewal of ${BADGE_KIND_LABELS[kind]}`}
                />
              </Stack>
            </section>
          );
        })}
        <section aria-labelledby="new-badge">
          <Stack gap={1}>
            <H2 id="new-badge">{addKind ? `Add a badge: ${BADGE_KIND_LABELS[addKind]}` : "Add a badge"}</H2>
            {addKind ? (
              <>
                <Text as="p">
                  <TextLink href={`/provider/products/${product.slug}/badges#new-badge`}>Choose a different kind of badge</TextLink>
                </Text>
                <BadgeForm
                  prefix="new"
                  kind={addKind}
                  badgeId={null}
                  values={{ evidenceLevel: "document" }}
                  reply={replyFor("new")}
                  submitLabel={`Propose new ${BADGE_KIND_LABELS[addKind]}`}
                />
              </>
            ) : (
              // A first step of its own, so the next shows only the fields that kind has.
              <Form method="get" action={`/provider/products/${product.slug}/badges#new-badge`} preventScrollReset>
                <FormStack>
                  <Select
                    id="new-kind"
                    name="kind"
                    label="Kind of badge"
                    required
                    options={BADGE_KINDS.map((k) => ({ value: k, label: BADGE_KIND_LABELS[k] }))}
                  />
                  <div>
                    <Button type="submit">Continue</Button>
                  </div>
                </FormStack>
              </Form>
            )}
          </Stack>
        </section>
      </Stack>
    </PageContent>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
