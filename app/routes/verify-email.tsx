import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { PageContent } from "@ag.ds-next/react/content";
import { H1 } from "@ag.ds-next/react/heading";
import { PageAlert } from "@ag.ds-next/react/page-alert";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { verifyEmail } from "~/accounts/verification.server";
import { getCurrentUserById } from "~/accounts/user.server";
import { clientIp } from "~/platform/client-ip.server";

export const meta: MetaFunction = () => [
  { title: "Confirm your e-mail address | Cloud Exchange" },
  { name: "referrer", content: "same-origin" },
];

// Following the link is the confirmation: the token proves the person read the mailbox.
export async function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const userId = verifyEmail({ ip: clientIp(request), token });
  const user = userId === null ? null : getCurrentUserById(userId);
  return json({ verified: user !== null, agencyStaff: user?.roles.includes("agency_staff") ?? false }, { status: user ? 200 : 400 });
}

export default function VerifyEmail() {
  const { verified, agencyStaff } = useLoaderData<typeof loader>();
  return (
    <PageContent>
      <Stack gap={2} maxWidth={640}>
        <H1>{verified ? "E-mail address confirmed" : "This link does not work"}</H1>
        {verified ? (
          <PageAlert tone="success" title="Thank you">
            <Text as="p">
              {agencyStaff
                ? "Your government e-mail address is confirmed: you are recognised as agency staff."
                : "Your e-mail address is confirmed."}
            </Text>
          </PageAlert>
        ) : (
          <PageAlert tone="error" title="The link has expired or has already been used">
            <Text as="p">Sign in and ask for a new link from your account page.</Text>
          </PageAlert>
        )}
        <Text as="p">
          <TextLink href="/account">Go to your account</TextLink>
        </Text>
      </Stack>
    </PageContent>
  );
}
