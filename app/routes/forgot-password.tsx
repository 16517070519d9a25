import { json, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useNavigation } from "@remix-run/react";
import { Button } from "@ag.ds-next/react/button";
import { PageContent } from "@ag.ds-next/react/content";
import { FormStack } from "@ag.ds-next/react/form-stack";
import { H1 } from "@ag.ds-next/react/heading";
import { PageAlert } from "@ag.ds-next/react/page-alert";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { verifyCsrf } from "~/accounts/csrf.server";
import { forgotPasswordSchema } from "~/accounts/forms.server";
import { invalid, parseForm } from "~/platform/forms.server";
import { readReply } from "~/platform/form-reply";
import { requestPasswordReset } from "~/accounts/password-reset.server";
import { CsrfInput } from "~/ui/csrf-input";
import { ErrorSummary } from "~/ui/error-summary";
import { readForm } from "~/platform/read-form.server";
import { clientIp } from "~/platform/client-ip.server";
import { EmailField } from "~/accounts/email-field";

export const meta: MetaFunction = () => [{ title: "Reset your password | Cloud Exchange" }];

export async function action({ request }: ActionFunctionArgs) {
  const formData = await readForm(request);
  await verifyCsrf(request, formData);
  const form = parseForm(formData, forgotPasswordSchema);
  if (!form.ok) return invalid(form.reply);
  requestPasswordReset({ ip: clientIp(request), email: form.value.email });
  return json(form.accept());
}

export default function ForgotPassword() {
  const reply = readReply(useActionData<typeof action>());
  const busy = useNavigation().state === "submitting";
  return (
    <PageContent>
      <Stack gap={2} maxWidth={640}>
        <H1>Reset your password</H1>
        {reply.succeeded ? (
          <PageAlert tone="success" title="Check your e-mail">
            <Text as="p">
              If an account exists for {reply.value("email")}, we have sent it a link to choose a new password. The link works for 1 hour.
            </Text>
          </PageAlert>
        ) : (
          <>
            <Text as="p">Enter the e-mail address you signed up with and we will send you a link to choose a new password.</Text>
            <ErrorSummary errors={reply.errors} />
            <Form method="post" noValidate>
              <CsrfInput />
              <FormStack>
                <EmailField reply={reply} />
                <div>
                  <Button type="submit" loading={busy} loadingLabel="Sending">
                    Send reset link
                  </Button>
                </div>
              </FormStack>
            </Form>
          </>
        )}
      </Stack>
    </PageContent>
  );
}
