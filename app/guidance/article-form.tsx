import { Form, useFetcher, useRouteLoaderData } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { Button, ButtonGroup } from "@ag.ds-next/react/button";
import { Checkbox } from "@ag.ds-next/react/checkbox";
import { ControlGroup } from "@ag.ds-next/react/control-group";
import { FormStack } from "@ag.ds-next/react/form-stack";
import { H2 } from "@ag.ds-next/react/heading";
import { Select } from "@ag.ds-next/react/select";
import { Text } from "@ag.ds-next/react/text";
import { Textarea } from "@ag.ds-next/react/textarea";
import { TextInput } from "@ag.ds-next/react/text-input";
import type { ReplyReader } from "~/platform/form-reply";
import { RESPONSIBLE_AGENCIES, type ArticleFormValues } from "./article-input";
import { SECURE_CLOUD_PRINCIPLES } from "./principles";
import { BADGE_KIND_LABELS, BADGE_KINDS } from "~/assurance/vocabulary";
import { ArticleBody } from "./article-body";
import { CsrfInput } from "~/ui/csrf-input";

type PreviewData = { html: string };

/**
 * The editor's form. Uncontrolled inputs with default values, so it works without JavaScript and
 * keeps what was typed after a failed save. "Preview" submits the form to the page itself; with
 * JavaScript the preview also follows the text as the editor types, via /articles/preview.
 */
export function ArticleForm({
  stored,
  reply,
  preview,
  submitLabel,
}: {
  /** The article as saved, or the empty form. */
  stored: ArticleFormValues;
  /** The answer to the last save or preview: what was typed, and the problems. */
  reply: ReplyReader;
  preview: string | null;
  submitLabel: string;
}) {
  const text = (f: Exclude<keyof ArticleFormValues, "principles" | "badgeKinds">) => (reply.submitted ? (reply.value(f) ?? "") : stored[f]);
  const ticked = (f: "principles" | "badgeKinds") => (reply.submitted ? reply.values(f) : stored[f]);
  const field = (f: Exclude<keyof ArticleFormValues, "principles" | "badgeKinds">) => ({
    id: f,
    name: f,
    invalid: reply.invalid(f),
    message: reply.error(f),
    ...{ defaultValue: text(f) },
  });
  const live = useLivePreview();
  const shown = live.html ?? preview;

  return (
    <Form method="post" noValidate>
      <CsrfInput />
      <FormStack>
        <TextInput label="Title" required maxWidth="xl" {...field("title")} />
        <TextInput
          label="Address"
          hint="Lower-case words joined by hyphens, e.g. reading-an-irap-report. Leave blank to make one from the title."
          maxWidth="xl"
          {...field("slug")}
        />
        <Textarea
          label="Summary"
          required
          hint="One or two sentences shown in lists and the feed."
          maxWidth="xl"
          rows={3}
          {...field("summary")}
        />
        <Textarea
          label="Article (Markdown)"
          required
          hint="Use ## for section headings, | tables |, ``` code blocks, and > [!NOTE] for a callout (also TIP, IMPORTANT, WARNING, CAUTION)."
          maxWidth="xl"
          rows={24}
          onChange={(e) => live.update(e.currentTarget.value)}
          {...field("body")}
        />
        <Select
          label="Responsible agency"
          required
          options={RESPONSIBLE_AGENCIES.map((a) => ({ value: a, label: a }))}
          {...field("responsibleAgency")}
        />
        <TextInput
          label="Applies to"
          hint="Who the guidance is for, e.g. 'All non-corporate Commonwealth entities'."
          maxWidth="xl"
          {...field("applicability")}
        />
        <ControlGroup
          id="principles"
          label="Secure Cloud Strategy principles it serves"
          invalid={reply.invalid("principles")}
          message={reply.error("principles")}
          block
        >
          {SECURE_CLOUD_PRINCIPLES.map((p) => (
            <Checkbox
              key={p.number}
              name="principles"
              value={String(p.number)}
              {...{ defaultChecked: ticked("principles").includes(String(p.number)) }}
            >
              {`${p.number}. ${p.title}`}
            </Checkbox>
          ))}
        </ControlGroup>
        <ControlGroup
          id="badgeKinds"
          label="Badges it explains"
          invalid={reply.invalid("badgeKinds")}
          message={reply.error("badgeKinds")}
          block
        >
          {BADGE_KINDS.map((k) => (
            <Checkbox key={k} name="badgeKinds" value={k} {...{ defaultChecked: ticked("badgeKinds").includes(k) }}>
              {BADGE_KIND_LABELS[k]}
            </Checkbox>
          ))}
        </ControlGroup>
        <TextInput label="Tags" hint="Separated by commas, e.g. IRAP, Procurement." maxWidth="xl" {...field("tags")} />
        <TextInput
          label="Related products"
          hint="Product addresses separated by commas, e.g. wattle-grid-compute."
          maxWidth="xl"
          {...field("products")}
        />
        <ButtonGroup>
          <Button type="submit" {...{ name: "intent", value: "save" }}>
            {submitLabel}
          </Button>
          <Button type="submit" variant="secondary" {...{ name: "intent", value: "preview" }}>
            Preview
          </Button>
        </ButtonGroup>
      </FormStack>
      <section aria-labelledby="preview-heading">
        <H2 id="preview-heading">Preview</H2>
        {live.pending ? (
          <Text as="p" role="status">
            Updating preview…
          </Text>
        ) : null}
        {shown ? (
          <ArticleBody html={shown} label="Article preview" />
        ) : (
          <Text as="p">Press "Preview" to see the article as readers will.</Text>
        )}
      </section>
    </Form>
  );
}

/** Re-renders the preview shortly after the editor stops typing (JavaScript only). */
function useLivePreview() {
  const fetcher = useFetcher<PreviewData>();
  const root = useRouteLoaderData<{ csrfToken?: string | null }>("root");
  const timer = useRef<ReturnType<typeof setTimeout>>();
  // A fetcher keeps its last answer while the next one loads, so the preview never blanks.
  const html = typeof fetcher.data?.html === "string" ? fetcher.data.html : null;
  useEffect(() => () => clearTimeout(timer.current), []);
  return {
    html,
    pending: fetcher.state !== "idle",
    update(body: string) {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        fetcher.submit({ body, csrf: root?.csrfToken ?? "" }, { method: "post", action: "/articles/preview" });
      }, 400);
    },
  };
}
