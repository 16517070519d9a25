import { PageContent } from "@ag.ds-next/react/content";
import { H1 } from "@ag.ds-next/react/heading";
import { Prose } from "@ag.ds-next/react/prose";
import { Stack } from "@ag.ds-next/react/stack";
import type { AgencyRefusal } from "./vocabulary";

/** The 403 page of /agency: who can use it, and for staff who have not chosen an agency, where to choose one. */
export function AccessRefused({ reason }: { reason: AgencyRefusal }) {
  return (
    <PageContent>
      <Stack gap={1.5}>
        <H1>{reason === "no-agency" ? "Choose your agency first" : "The agency dashboard is for agency staff"}</H1>
        <Prose>
          <p>
            The agency dashboard shows the products a government agency uses, their compliance status and prices. Only agency staff can use
            it: people signed in with a confirmed government e-mail address who have chosen the agency they work for.
          </p>
          {reason === "no-agency" ? (
            <p>
              <a href="/account">Choose your agency on your account page</a>, then come back to this page.
            </p>
          ) : (
            <p>
              Your account is not recognised as agency staff. If you work for an agency, <a href="/account">check your account</a>: sign up
              with, and confirm, your government e-mail address. Otherwise <a href="/products">browse the catalogue</a>.
            </p>
          )}
          <p>Error code: 403</p>
        </Prose>
      </Stack>
    </PageContent>
  );
}
