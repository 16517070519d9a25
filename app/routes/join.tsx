import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Button } from "@ag.ds-next/react/button";
import { PageContent } from "@ag.ds-next/react/content";
import { FormStack } from "@ag.ds-next/react/form-stack";
import { H1 } from "@ag.ds-next/react/heading";
import { PasswordInput } from "@ag.ds-next/react/password-input";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextInput } from "@ag.ds-next/react/text-input";
import { TextLink } from "@ag.ds-next/react/text-link";
import { audit } from "~/audit/audit.server";
import { clientIp } from "~/platform/client-ip.server";
import { verifyCsrf } from "~/accounts/csrf.server";
import { PASSWORD_MIN } from "~/accounts/forms";
import { joinSchema } from "~/accounts/forms.server";
import { invalid, parseForm } from "~/platform/forms.server";
import { readReply } from "~/platform/form-reply";
import { hashPassword } from "~/accounts/password.server";
import { checkRateLimit, describeWait } from "~/accounts/rate-limit.server";
import { safeRedirect } from "~/platform/safe-redirect";
import { createUserSession, getUser } from "~/accounts/session.server";
import { sendVerificationEmail } from "~/accounts/verification.server";
import { createUser, findUserIdByEmail } from "~/accounts/user.server";
import { CsrfInput } from "~/ui/csrf-input";
import { ErrorSummary } from "~/ui/error-summary";
import { readForm } from "~/platform/read-form.server";
import { EmailField } from "~/accounts/email-field";

export const meta: MetaFunction = () => [{ title: "Create an account | Cloud Exchange" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const redirectTo = safeRedirect(new URL(request.url).searchParams.get("redirectTo"), "/account");
  if (await getUser(request)) throw redirect(redirectTo);
  return json({ redirectTo });
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await readForm(request);
  await verifyCsrf(request, formData);
  const form = parseForm(formData, joinSchema);
  if (!form.ok) return invalid(form.reply);

  const limit = checkRateLimit({ bucket: "join:ip", key: clientIp(request) ?? "unknown", limit: 10, windowSeconds: 3600 });
  if (!limit.ok) {
    return invalid(
      form.refuse({ "": `Too many new accounts from your network. Wait ${describeWait(limit.retryAfterSeconds)} and try again.` }),
      429,
    );
  }
  const { email, displayName, password } = form.value;
  if (findUserIdByEmail(email) !== null) {
    return invalid(
      form.refuse({
        email: "An account with this e-mail address already exists. Sign in, or reset your password if you have forgotten it.",
      }),
    );
  }
  const userId = createUser({ email, displayName, passwordHash: await hashPassword(password) });
  sendVerificationEmail({ userId });
  audit({ ip: clientIp(request), actor: { id: userId }, action: "user.created", entity: "user", entityId: userId });
  const headers = createUserSession(request, userId);
  return redirect(safeRedirect(form.value.redirectTo, "/account"), { headers });
}

export default function Join() {
  const { redirectTo } = useLoaderData<typeof loader>();
  const reply = readReply(useActionData<typeof action>());
  const busy = useNavigation().state === "submitting";
  return (
    <PageContent>
      <Stack gap={2} maxWidth={640}>
        <H1>Create an account</H1>
        <Text as="p">
          Anyone can create an account to keep shortlists and check purchases. Use your government e-mail address to be recognised as agency
          staff and write reviews.
        </Text>
        <ErrorSummary errors={reply.errors} />
        <Form method="post" noValidate>
          <CsrfInput />
          <input type="hidden" name="redirectTo" value={redirectTo} />
          <FormStack>
            <EmailField reply={reply} hint="We will send a link to confirm it" />
            <TextInput label="Your name" autoComplete="name" required maxWidth="lg" {...reply.field("displayName")} />
            <PasswordInput
              id="password"
              name="password"
              label="Password"
              autoComplete="new-password"
              required
              maxWidth="lg"
              hint={`At least ${PASSWORD_MIN} characters. A few unrelated words make a strong password.`}
              invalid={reply.invalid("password")}
              message={reply.error("password")}
            />
            <div>
              <Button type="submit" loading={busy} loadingLabel="Creating your account">
                Create account
              </Button>
            </div>
          </FormStack>
        </Form>
        <Text as="p">
          Already have an account? <TextLink href={`/login?redirectTo=${encodeURIComponent(redirectTo)}`}>Sign in</TextLink>
        </Text>
      </Stack>
    </PageContent>
  );
}
