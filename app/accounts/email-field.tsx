import { TextInput } from "@ag.ds-next/react/text-input";
import type { ReplyReader } from "~/platform/form-reply";

/** The e-mail address field of the join, sign-in and password-reset forms. */
export function EmailField({ reply, hint }: { reply: ReplyReader; hint?: string }) {
  return (
    <TextInput type="email" label="E-mail address" autoComplete="email" required maxWidth="xl" hint={hint} {...reply.field("email")} />
  );
}
