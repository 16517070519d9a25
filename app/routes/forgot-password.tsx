import { json, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useNavigation } from "@remix-run/react";
import { Button } from "@ag.ds-next/react/button";
import { PageContent } from "@ag.ds-next/react/content";
import { FormStack } from "@ag.ds-next/react/form-stack";
import { H1 } from "@ag.ds-next/react/heading";
import { PageAlert } from "@ag.ds-next/react/page-alert";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextInput } from "@ag.ds-next/react/text-input";
import { verifyCsrf } from "~/accounts/csrf.server";
import type { FieldErrors } from "~/accounts/forms";
import { fieldErrors, forgotPasswordSchema } from "~/accounts/forms.server";
import { requestPasswordReset } from "~/accounts/password-reset.server";
import { CsrfInput } from "~/ui/csrf-input";
import { ErrorSummary } from "~/ui/error-summary";
import { readForm } from "~/platform/read-form.server";
import { clientIp } from "~/platform/client-ip.server";

export const meta: MetaFunction = () => [{ title: "Reset your password | Cloud Exchange" }];

type ActionData = { sent: boolean; errors: FieldErrors; email: string };

export async function action({ request }: ActionFunctionArgs) {
  const formData = await readForm(request);
  await verifyCsrf(request, formData);
  const email = String(formData.get("email") ?? "");
  const parsed = forgotPasswordSchema.safeParse({ email });
  if (!parsed.success) return json<ActionData>({ sent: false, errors: fieldErrors(parsed.error), email }, { status: 400 });
  requestPasswordReset({ ip: clientIp(request), email: parsed.data.email });
  return json<ActionData>({ sent: true, errors: {}, email: parsed.data.email });
}

export default function ForgotPassword() {
  const data = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const errors: FieldErrors = data?.errors ?? {};
  return (
    <PageContent>
      <Stack gap={2} maxWidth={640}>
        <H1>Reset your password</H1>
        {data?.sent ? (
          <PageAlert tone="success" title="Check your e-mail">
            <Text as="p">
              If an account exists for {data.email}, we have sent it a link to choose a new password. The link works for 1 hour.
            </Text>
          </PageAlert>
        ) : (
          <>
            <Text as="p">Enter the e-mail address you signed up with and we will send you a link to choose a new password.</Text>
            <ErrorSummary errors={errors} />
            <Form method="post" noValidate>
              <CsrfInput />
              <FormStack>
                <TextInput
                  id="email"
                  name="email"
                  type="email"
                  label="E-mail address"
                  autoComplete="email"
                  required
                  maxWidth="xl"
                  invalid={Boolean(errors.email)}
                  message={errors.email}
                  {...{ defaultValue: data?.email }}
                />
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
