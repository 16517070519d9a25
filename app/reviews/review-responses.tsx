/**
 * The two answers a review can get from its readers: a concern reported to the moderators, and the
 * provider's reply. Both post to their own routes; shown on the product page, and again on the
 * route's own page when something needs fixing, with what was typed and the message beside it.
 */
import { Form } from "@remix-run/react";
import { Button } from "@ag.ds-next/react/button";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { Textarea } from "@ag.ds-next/react/textarea";
import type { ReplyReader } from "~/platform/form-reply";
import { CsrfInput } from "~/ui/csrf-input";

export function ReportForm({ reviewId, returnTo, reply }: { reviewId: number; returnTo: string; reply?: ReplyReader }) {
  return (
    <Form method="post" action={`/reviews/${reviewId}/report`} noValidate>
      <CsrfInput />
      <input type="hidden" name="redirectTo" value={returnTo} />
      <Stack gap={0.5}>
        <Textarea
          id={reply ? "reason" : `report-reason-${reviewId}`}
          label="What is the concern?"
          hint="For example: it names a person, or reveals sensitive information. 10 to 1,000 characters."
          name="reason"
          rows={3}
          maxWidth="xl"
          required
          invalid={reply?.invalid("reason") ?? false}
          message={reply?.error("reason")}
          {...{ defaultValue: reply?.value("reason") ?? "" }}
        />
        <div>
          <Button type="submit" variant="secondary" size="sm">
            Send concern
          </Button>
        </div>
      </Stack>
    </Form>
  );
}

export interface ReplyState {
  status: string;
  rejectionReason: string | null;
  body: string;
}

export function ReplyForm({
  reviewId,
  state,
  returnTo,
  reply,
}: {
  reviewId: number;
  state: ReplyState | null;
  returnTo: string;
  reply?: ReplyReader;
}) {
  if (state?.status === "published") return null;
  return (
    <Form method="post" action={`/reviews/${reviewId}/reply`} noValidate>
      <CsrfInput />
      <input type="hidden" name="redirectTo" value={returnTo} />
      <Stack gap={0.5}>
        {state?.status === "pending" ? <Text as="p">Your reply is waiting for moderation. Saving a new text replaces it.</Text> : null}
        {state?.status === "rejected" ? <Text as="p">Your reply was not published. Reason: {state.rejectionReason}</Text> : null}
        <Textarea
          id={reply ? "body" : `reply-body-${reviewId}`}
          label="Reply on behalf of the provider"
          hint="One reply per review, checked by an administrator before it is published. Plain text, 10 to 4,000 characters."
          name="body"
          rows={4}
          maxWidth="xl"
          invalid={reply?.invalid("body") ?? false}
          message={reply?.error("body")}
          {...{ defaultValue: (reply?.submitted ? reply.value("body") : state?.body) ?? "" }}
        />
        <div>
          <Button type="submit" size="sm">
            Send reply for moderation
          </Button>
        </div>
      </Stack>
    </Form>
  );
}
