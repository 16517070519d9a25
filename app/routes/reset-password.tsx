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
import { peekEmailToken } from "~/accounts/email-tokens.server";
import { PASSWORD_MIN } from "~/accounts/forms";
import { resetPasswordSchema } from "~/accounts/forms.server";
import { invalid, parseForm } from "~/platform/forms.server";
import { readReply } from "~/platform/form-reply";
import { completePasswordReset } from "~/accounts/password-reset.server";
import { CsrfInput } from "~/ui/csrf-input";
import { ErrorSummary } from "~/ui/error-summary";
import { readForm } from "~/platform/read-form.server";
import { clientIp } from "~/platform/client-ip.server";

export const meta: MetaFunction = () => [{ title: "Choose a new password | Cloud Exchange" }, { name: "referrer", content: "same-origin" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const valid = peekEmailToken({ token, purpose: "reset_password" }) !== null;
  return json({ token: valid ? token : null }, { status: valid ? 200 : 400 });
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await readForm(request);
  await verifyCsrf(request, formData);
  const form = parseForm(formData, resetPasswordSchema);
  if (!form.ok) return invalid(form.reply);
  const done = await completePasswordReset({ ip: clientIp(request), token: form.value.token, password: form.value.password });
  if (!done) return invalid(form.refuse({ "": "This reset link has expired or has already been used. Ask for a new one." }));
  return redirect("/login?notice=reset");
}

export default function ResetPassword() {
  const { token } = useLoaderData<typeof loader>();
  const reply = readReply(useActionData<typeof action>());
  const busy = useNavigation().state === "submitting";
  return (
    <PageContent>
      <Stack gap={2} maxWidth={640}>
        <H1>Choose a new password</H1>
        {token ? (
          <>
            <ErrorSummary errors={reply.errors} />
            <Form method="post" noValidate>
              <CsrfInput />
              <input type="hidden" name="token" value={token} />
              <FormStack>
                <PasswordInput
                  id="password"
                  name="password"
                  label="New password"
                  autoComplete="new-password"
                  required
                  maxWidth="lg"
                  hint={`At least ${PASSWORD_MIN} characters`}
                  invalid={reply.invalid("password")}
                  message={reply.error("password")}
                />
                <div>
                  <Button type="submit" loading={busy} loadingLabel="Saving">
                    Save new password
                  </Button>
                </div>
              </FormStack>
            </Form>
          </>
        ) : (
          <PageAlert tone="error" title="This link does not work">
            <Text as="p">
              It has expired or has already been used. <TextLink href="/forgot-password">Ask for a new link</TextLink>.
            </Text>
          </PageAlert>
        )}
      </Stack>
    </PageContent>
  );
}
