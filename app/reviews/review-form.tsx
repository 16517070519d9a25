import { Form } from "@remix-run/react";
import { Button } from "@ag.ds-next/react/button";
import { Checkbox } from "@ag.ds-next/react/checkbox";
import { ControlGroup } from "@ag.ds-next/react/control-group";
import { FormStack } from "@ag.ds-next/react/form-stack";
import { Radio } from "@ag.ds-next/react/radio";
import { Select } from "@ag.ds-next/react/select";
import { Textarea } from "@ag.ds-next/react/textarea";
import { TextInput } from "@ag.ds-next/react/text-input";
import { CLASSIFICATIONS } from "~/assurance/vocabulary";
import type { ReplyReader } from "~/platform/form-reply";
import type { ReviewFormFields, ReviewFormValues } from "./form";
import { DEPLOYMENT_SIZES, RATING_DIMENSIONS } from "./vocabulary";
import { CsrfInput } from "~/ui/csrf-input";

const STAR_WORDS = ["", "Very poor", "Poor", "Adequate", "Good", "Excellent"];

/**
 * The write-or-edit form. Uncontrolled inputs with default values, so it works without JavaScript
 * and shows exactly what was typed after a failed submission.
 */
export function ReviewForm({ stored, reply, editing }: { stored: ReviewFormValues; reply: ReplyReader; editing: boolean }) {
  // After a refused submission, what was typed; before, the stored review (or nothing).
  const v = (f: ReviewFormFields) => (reply.submitted ? reply.value(f) : stored[f]) ?? "";
  const field = (f: ReviewFormFields) => ({
    id: f,
    name: f,
    invalid: reply.invalid(f),
    message: reply.error(f),
    ...{ defaultValue: v(f) },
  });
  return (
    <Form method="post" noValidate>
      <CsrfInput />
      <input type="hidden" name="intent" value={editing ? "update" : "create"} />
      <FormStack>
        <ControlGroup
          id="overall"
          label="Overall rating"
          required
          invalid={reply.invalid("overall")}
          message={reply.error("overall")}
          block
        >
          {[5, 4, 3, 2, 1].map((n) => (
            <Radio
              key={n}
              name="overall"
              value={String(n)}
              invalid={reply.invalid("overall")}
              {...{ defaultChecked: v("overall") === String(n) }}
            >
              {`${n} out of 5 (${STAR_WORDS[n]})`}
            </Radio>
          ))}
        </ControlGroup>
        {RATING_DIMENSIONS.map((d) => (
          <Select
            key={d.key}
            label={d.label}
            hint="Leave as 'Not rated' if you have no experience of this yet"
            options={[
              { value: "", label: "Not rated" },
              ...[5, 4, 3, 2, 1].map((n) => ({ value: String(n), label: `${n} - ${STAR_WORDS[n]}` })),
            ]}
            {...field(d.key)}
          />
        ))}
        <TextInput label="Title" hint="A one-line summary (optional)" maxWidth="xl" {...field("title")} />
        <Textarea
          label="Pros"
          required
          hint="What works well. Plain text; line breaks are kept."
          maxWidth="xl"
          rows={5}
          {...field("pros")}
        />
        <Textarea label="Cons" required hint="What could be better." maxWidth="xl" rows={5} {...field("cons")} />
        <Textarea
          label="Use case"
          required
          hint="What your agency uses it for. Do not include classified details."
          maxWidth="xl"
          rows={4}
          {...field("useCase")}
        />
        <Select
          label="Highest classification of data used with it"
          required
          options={[{ value: "", label: "Choose a classification" }, ...CLASSIFICATIONS.map((c) => ({ value: c, label: c }))]}
          {...field("dataClassification")}
        />
        <Select
          label="Deployment size"
          required
          options={[{ value: "", label: "Choose a size" }, ...DEPLOYMENT_SIZES.map((s) => ({ value: s, label: s }))]}
          {...field("deploymentSize")}
        />
        <TextInput label="Months in use" required inputMode="numeric" maxWidth="xs" {...field("monthsInUse")} />
        <ControlGroup
          label="Conflict of interest"
          hint="For example: you or your agency have a commercial relationship with the provider, or you worked for it."
          id="conflict"
          required
          invalid={reply.invalid("conflict")}
          message={reply.error("conflict")}
          block
        >
          <Radio name="conflict" value="none" {...{ defaultChecked: v("conflict") === "none" }}>
            I have no conflict of interest
          </Radio>
          <Radio name="conflict" value="declared" {...{ defaultChecked: v("conflict") === "declared" }}>
            I have a conflict of interest to declare
          </Radio>
        </ControlGroup>
        <Textarea
          label="Your declaration"
          hint="Required if you have a conflict of interest."
          maxWidth="xl"
          rows={3}
          {...field("conflictDetails")}
        />
        <ControlGroup label="Your name" hint="Reviews always show your agency. Your name is shown only if you choose.">
          <Checkbox name="showName" {...{ defaultChecked: v("showName") === "on" }}>
            Show my name with this review
          </Checkbox>
        </ControlGroup>
        <div>
          <Button type="submit">{editing ? "Save changes and send for moderation" : "Submit review for moderation"}</Button>
        </div>
      </FormStack>
    </Form>
  );
}
