/** What the buyer's approach page says after each step succeeded (`?done=`), keyed by the step. */
export const BUYER_NOTICES: Record<string, { title: string; body: string; tone?: "success" | "info" }> = {
  created: { title: "Your draft is saved", body: "Only your agency can read it. Check what is still to do below, then send it." },
  saved: { title: "Your draft is saved", body: "Check what is still to do below, then send it." },
  "not-editable": {
    title: "This approach has been sent",
    body: "Its requirement, criteria and invitations can no longer change; you can extend its close.",
    tone: "info",
  },
  deleted: { title: "The draft is deleted", body: "Nothing was sent to any seller." },
  sent: { title: "Sent to the invited sellers", body: "Their representatives were e-mailed the invitation and see it on their dashboard." },
  answered: { title: "The answer is published", body: "Every invited seller was e-mailed it, without the asker's name." },
  extended: { title: "The close is extended", body: "Every invited seller was e-mailed the new closing time and your reason." },
  "evaluator-added": { title: "Evaluator added", body: "They must declare their interests here before they score." },
  "evaluator-removed": { title: "Evaluator removed", body: "They are no longer on the panel." },
  declared: { title: "Your declaration is recorded", body: "It stays on the record with the evaluation." },
};
