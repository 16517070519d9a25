import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Button } from "@ag.ds-next/react/button";
import { PageContent } from "@ag.ds-next/react/content";
import { FormStack } from "@ag.ds-next/react/form-stack";
import { H1 } from "@ag.ds-next/react/heading";
import { PageAlert } from "@ag.ds-next/react/page-alert";
import { PasswordInput } from "@ag.ds-next/react/password-input";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { verifyCsrf } from "~/accounts/csrf.server";
import { signInSchema } from "~/accounts/forms.server";
import { invalid, parseForm } from "~/platform/forms.server";
import { readReply } from "~/platform/form-reply";
import { safeRedirect } from "~/platform/safe-redirect";
import { attemptSignIn } from "~/accounts/sign-in.server";
import { createUserSession, getUser } from "~/accounts/session.server";
import { CsrfInput } from "~/ui/csrf-input";
import { ErrorSummary } from "~/ui/error-summary";
import { readForm } from "~/platform/read-form.server";
import { clientIp } from "~/platform/client-ip.server";
import { EmailField } from "~/accounts/email-field";

export const meta: MetaFunction = () => [{ title: "Sign in | Cloud Exchange" }];

const NOTICES: Record<string, string> = {
  reset: "Your password has been changed and you have been signed out everywhere. Sign in with your new password.",
  "signed-out": "You have been signed out.",
};

export async function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const redirectTo = safeRedirect(params.get("redirectTo"), "/account");
  if (await getUser(request)) throw redirect(redirectTo);
  return json({ redirectTo, notice: NOTICES[params.get("notice") ?? ""] ?? null });
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await readForm(request);
  await verifyCsrf(request, formData);
  const form = parseForm(formData, signInSchema);
  if (!form.ok) return invalid(form.reply);
  const result = await attemptSignIn({ ip: clientIp(request), email: form.value.email, password: form.value.password });
  if (!result.ok) return invalid(form.refuse({ "": result.message }), result.message.startsWith("Too many") ? 429 : 400);
  const headers = createUserSession(request, result.userId);
  return redirect(safeRedirect(form.value.redirectTo, "/account"), { headers });
}

export default function Login() {
  const { redirectTo, notice } = useLoaderData<typeof loader>();
  const reply = readReply(useActionData<typeof action>());
  const busy = useNavigation().state === "submitting";
  return (
    <PageContent>
      <Stack gap={2} maxWidth={640}>
        <H1>Sign in</H1>
        {notice && !reply.submitted ? (
          <PageAlert tone="success" title="Done">
            <Text as="p">{notice}</Text>
          </PageAlert>
        ) : null}
        <ErrorSummary errors={reply.errors} />
        <Form method="post" noValidate>
          <CsrfInput />
          <input type="hidden" name="redirectTo" value={redirectTo} />
          <FormStack>
            <EmailField reply={reply} />
            <PasswordInput
              id="password"
              name="password"
              label="Password"
              autoComplete="current-password"
              required
              maxWidth="lg"
              invalid={reply.invalid("password")}
              message={reply.error("password")}
            />
            <div>
              <Button type="submit" loading={busy} loadingLabel="Signing in">
                Sign in
              </Button>
            </div>
          </FormStack>
        </Form>
        <Text as="p">
          <TextLink href="/forgot-password">Forgotten your password?</TextLink>
        </Text>
        <Text as="p">
          New here? <TextLink href={`/join?redirectTo=${encodeURIComponent(redirectTo)}`}>Create an account</TextLink>
        </Text>
      </Stack>
    </PageContent>
  );
}
