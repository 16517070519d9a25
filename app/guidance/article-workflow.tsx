import { Form } from "@remix-run/react";
import { Button, ButtonGroup, ButtonLink } from "@ag.ds-next/react/button";
import { H2 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { ARTICLE_STATUS_LABELS, TRANSITIONS, type ArticleStatus, type Transition } from "./workflow";
import { CsrfInput } from "~/ui/csrf-input";

/** Editors' tools on an article page: edit, history, and the status changes open to them now. */
export function ArticleWorkflow({
  slug,
  status,
  transitions,
  canEdit,
}: {
  slug: string;
  status: ArticleStatus;
  transitions: Transition[];
  canEdit: boolean;
}) {
  return (
    <section aria-labelledby="editor-tools">
      <Stack gap={1}>
        <H2 id="editor-tools" fontSize="md">
          Editor tools
        </H2>
        <Text as="p">This article is {ARTICLE_STATUS_LABELS[status].toLowerCase()}.</Text>
        <ButtonGroup>
          {canEdit ? <ButtonLink href={`/articles/${slug}/edit`}>Edit article</ButtonLink> : null}
          <ButtonLink href={`/articles/${slug}/history`} variant="secondary">
            Revision history
          </ButtonLink>
        </ButtonGroup>
        {transitions.length > 0 ? (
          <Form method="post" aria-label="Change status">
            <CsrfInput />
            <input type="hidden" name="intent" value="transition" />
            <ButtonGroup>
              {transitions.map((t) => (
                <Button key={t} type="submit" {...{ name: "transition", value: t }} variant={t === "publish" ? "primary" : "secondary"}>
                  {TRANSITIONS[t].label}
                </Button>
              ))}
            </ButtonGroup>
          </Form>
        ) : null}
      </Stack>
    </section>
  );
}
