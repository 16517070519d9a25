/**
 * /requirements: the buyer's requirements profile, the minimum score they need per quality. It
 * starts from the framework's minimums for their purchase's classification; signed-in buyers save
 * their own. Not audited: it is a person's own working data, like their proposed purchase.
 */
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Button } from "@ag.ds-next/react/button";
import { PageContent } from "@ag.ds-next/react/content";
import { H1, H2 } from "@ag.ds-next/react/heading";
import { PageAlert } from "@ag.ds-next/react/page-alert";
import { Select } from "@ag.ds-next/react/select";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { verifyCsrf } from "~/accounts/csrf.server";
import { getVisitor, requireUser } from "~/accounts/session.server";
import { parseProfileForm } from "~/assessments/form.server";
import { belowMandatoryMinimum, byCategory, isMandatory, minimumFor } from "~/assessments/framework";
import { currentFramework } from "~/assessments/framework.server";
import { clearProfile, profileFor, savedProfile, saveProfile } from "~/assessments/profile.server";
import { ProfileForm, ProfileMinimumsList } from "~/assessments/requirements-form";
import { CLASSIFICATIONS, type Classification } from "~/assurance/vocabulary";
import { readReply } from "~/platform/form-reply";
import { invalid } from "~/platform/forms.server";
import { readForm } from "~/platform/read-form.server";
import { loadPurchase } from "~/procurement/purchase.server";
import { CsrfInput } from "~/ui/csrf-input";

export const meta: MetaFunction = () => [{ title: "Requirements profile | Cloud Exchange" }];

function framework() {
  const f = currentFramework();
  if (!f) throw json("The common assessment framework has not been published yet.", { status: 503 });
  return f;
}

const isClassification = (v: string | null): v is Classification => (CLASSIFICATIONS as readonly string[]).includes(v ?? "");

export async function loader({ request }: LoaderFunctionArgs) {
  const visitor = await getVisitor(request);
  const f = framework();
  const asked = new URL(request.url).searchParams.get("classification");
  const fromPurchase = loadPurchase(visitor)?.classification ?? null;
  // "Start again from" a classification shows the framework's own minimums for it, unsaved.
  const profile = isClassification(asked)
    ? profileFor({ userId: null, classification: asked, framework: f })
    : profileFor({ userId: visitor.user?.id ?? null, classification: fromPurchase ?? "OFFICIAL", framework: f });
  const groups = byCategory(f.document).map(({ category, qualities }) => ({
    key: category.key,
    label: category.label,
    qualities: qualities.map((q) => {
      const m = minimumFor(q, profile.classification);
      return {
        key: q.key,
        label: q.label,
        frameworkMinimum: m.minimum,
        source: m.source,
        mandatory: isMandatory(q, profile.classification),
      };
    }),
  }));
  const done = new URL(request.url).searchParams.get("done");
  return json({
    signedIn: visitor.user !== null,
    hasSaved: visitor.user !== null && savedProfile(visitor.user.id) !== null,
    framework: { version: f.version },
    fromPurchase,
    profile,
    groups,
    done: done === "saved" || done === "reset" ? done : null,
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  await verifyCsrf(request, form);
  const user = await requireUser(request);
  if (form.get("intent") === "reset") {
    clearProfile(user.id);
    return redirect("/requirements?done=reset");
  }
  const f = framework();
  const parsed = parseProfileForm(form, f.document);
  if (!parsed.ok) return invalid(parsed.reply);
  const { classification, minimum } = parsed.value;
  const below = belowMandatoryMinimum(f.document, classification, minimum as Record<string, number | undefined>);
  if (below.length) {
    const errors = Object.fromEntries(
      below.map((b) => [
        `minimum.${b.key}`,
        `${b.label} is mandatory for ${classification} data: its minimum cannot be below the framework's ${b.minimum}`,
      ]),
    );
    return invalid(parsed.refuse(errors));
  }
  const minimums = Object.fromEntries(Object.entries(minimum as Record<string, number | undefined>).filter(([, v]) => v !== undefined));
  saveProfile({ userId: user.id, profile: { classification, minimums: minimums as Record<string, number>, frameworkVersion: f.version } });
  return redirect("/requirements?done=saved");
}

export default function RequirementsPage() {
  const { signedIn, hasSaved, framework: f, fromPurchase, profile, groups, done } = useLoaderData<typeof loader>();
  const reply = readReply(useActionData<typeof action>());
  const cls = profile.classification;
  return (
    <PageContent>
      <Stack gap={2}>
        <H1>Your requirements profile</H1>
        {done === "saved" && !reply.submitted ? (
          <PageAlert tone="success" title="Requirements profile saved" focusOnMount>
            <Text as="p">
              <TextLink href="/products?profile=1">See products whose assessments meet it</TextLink> or{" "}
              <TextLink href="/compare">compare products quality by quality</TextLink>.
            </Text>
          </PageAlert>
        ) : null}
        {done === "reset" ? (
          <PageAlert tone="info" title="Profile reset" focusOnMount>
            <Text as="p">You are back to the framework&apos;s minimums for {cls} data.</Text>
          </PageAlert>
        ) : null}
        <Text as="p">
          The minimum score you need for each quality of the <TextLink href="/framework">common assessment framework</TextLink>. Products
          show agencies&apos; assessed scores against it, gaps first. It starts from the framework&apos;s minimums (version {f.version}) for{" "}
          {cls} data
          {fromPurchase && !profile.saved ? ", the classification of your proposed purchase" : ""}; you may raise or lower any minimum, but
          a mandatory quality cannot go below the framework&apos;s.
        </Text>
        {profile.saved && profile.frameworkVersion !== f.version ? (
          <Text as="p">
            You saved this profile against version {profile.frameworkVersion} of the framework; check it against the new minimums.
          </Text>
        ) : null}
        {hasSaved && !profile.saved ? (
          <Text as="p">These are the framework&apos;s minimums, not your saved profile: saving them replaces it.</Text>
        ) : null}
        <Form method="get">
          <Stack gap={1}>
            <Select
              id="start-from"
              name="classification"
              label="Classification of the data"
              hint="Mandatory qualities and higher minimums depend on it"
              hideOptionalLabel
              options={CLASSIFICATIONS.map((c) => ({ value: c, label: c }))}
              {...{ defaultValue: cls }}
            />
            <div>
              <Button type="submit" variant="secondary">
                Show the framework&apos;s minimums for it
              </Button>
            </div>
          </Stack>
        </Form>
        <Stack as="section" gap={1.5} aria-labelledby="minimums">
          <H2 id="minimums">{signedIn ? "Your minimums" : `The framework's minimums for ${cls} data`}</H2>
          {signedIn ? (
            <ProfileForm groups={groups} classification={cls} minimums={profile.minimums} reply={reply} />
          ) : (
            <>
              <Text as="p">
                <TextLink href="/login?redirectTo=%2Frequirements">Sign in</TextLink> to save your own profile.
              </Text>
              <ProfileMinimumsList groups={groups} />
            </>
          )}
        </Stack>
        {hasSaved ? (
          <Form method="post">
            <CsrfInput />
            <input type="hidden" name="intent" value="reset" />
            <Button type="submit" variant="tertiary">
              Reset to the framework&apos;s minimums
            </Button>
          </Form>
        ) : null}
      </Stack>
    </PageContent>
  );
}
