/**
 * When the approach closes and every time the close moved, in order, with the reason sellers were
 * given; and, while it is open, the owner's form to extend it (every invited seller is e-mailed).
 */
import type { ReactNode } from "react";
import { Form } from "@remix-run/react";
import { Button } from "@ag.ds-next/react/button";
import { FormStack } from "@ag.ds-next/react/form-stack";
import { H2, H3 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { Textarea } from "@ag.ds-next/react/textarea";
import { TextInput } from "@ag.ds-next/react/text-input";
import type { ReplyReader } from "~/platform/form-reply";
import { formatDateTime } from "~/platform/dates";
import { CsrfInput } from "~/ui/csrf-input";
import { formatCanberra } from "./closing";

export interface ClosingChange {
  previousClosesAt: string;
  closesAt: string;
  reason: string;
  at: string;
}

export function ClosingHistory({ closesAt, changes }: { closesAt: string; changes: ClosingChange[] }) {
  return (
    <Stack gap={1}>
      <Text as="p">
        <strong>Closes:</strong> {formatCanberra(closesAt)}
      </Text>
      {changes.length === 0 ? (
        <Text as="p">The closing time has not been changed since the approach was sent.</Text>
      ) : (
        <ol aria-label="Changes to the closing time">
          {changes.map((c, i) => (
            <li key={i}>
              On {formatDateTime(c.at)}: moved from {formatCanberra(c.previousClosesAt)} to {formatCanberra(c.closesAt)}. Why: {c.reason}
            </li>
          ))}
        </ol>
      )}
    </Stack>
  );
}

/** `reply` is the extend form's own answer (null when another form on the page was sent). */
export function ExtendCloseForm({ reply, current }: { reply: ReplyReader | null; current: { date: string; time: string } }) {
  const field = (name: string, initial: string) =>
    reply ? reply.field(name, initial) : { id: name, name, invalid: false, message: undefined, defaultValue: initial };
  return (
    <Form method="post" noValidate aria-labelledby="extend-heading">
      <CsrfInput />
      <input type="hidden" name="intent" value="extend" />
      <FormStack>
        <H3 id="extend-heading">Extend the closing time</H3>
        <Text as="p">An extension can only move the close later. Every invited seller is e-mailed the new time and your reason.</Text>
        <TextInput
          label="Closing date"
          hint="Year-month-day, for example 2027-02-26."
          required
          maxWidth="sm"
          inputMode="numeric"
          {...field("closeDate", current.date)}
        />
        <TextInput
          label="Closing time (Canberra time, 24-hour)"
          hint="Canberra observes AEDT in summer and AEST in winter: the time you enter is Canberra's on that date."
          required
          maxWidth="sm"
          {...field("closeTime", current.time)}
        />
        <Textarea
          label="Why the close is extended"
          hint="Every seller reads this."
          required
          maxWidth="xl"
          rows={3}
          {...field("reason", "")}
        />
        <div>
          <Button type="submit" variant="secondary">
            Extend the close
          </Button>
        </div>
      </FormStack>
    </Form>
  );
}

export function ClosingSection({ children }: { children: ReactNode }) {
  return (
    <section aria-labelledby="closing-heading">
      <Stack gap={1.5}>
        <H2 id="closing-heading">Closing time</H2>
        {children}
      </Stack>
    </section>
  );
}
