/** What the seller's approach page says after each step succeeded (`?done=`), keyed by the step. */
export const SELLER_NOTICES: Record<string, { title: string; body: string }> = {
  asked: {
    title: "Your question has gone to the buyer",
    body: "Only the buyer sees that you asked. When they answer, the answer is published to every invited seller without naming you.",
  },
  submitted: {
    title: "Your response is saved",
    body: "The buyer's evaluators read it after the close. You can change or withdraw it until then.",
  },
  withdrawn: {
    title: "Your response is withdrawn",
    body: "It will not be evaluated. You can submit a response again until the close.",
  },
};
