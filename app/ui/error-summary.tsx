import type { MouseEvent } from "react";
import { PageAlert } from "@ag.ds-next/react/page-alert";
import { Text } from "@ag.ds-next/react/text";
import { readReply, type FormErrorEntry } from "~/platform/form-reply";

/** Spaces a list of error links so each is a 24px target (WCAG 2.2 target size), not lines touching. */
const ERROR_LIST_STYLE = { display: "flex", flexDirection: "column", gap: "0.5rem" } as const;

const CONTROLS = "input:not([type=hidden]), select, textarea, button";

/**
 * Moves focus to the field itself. A plain in-page link would do it without JavaScript, but with
 * the router running a hash change is a navigation, which forgets the action's answer and with it
 * every message on the page; so the click is handled here and the address stays as it is.
 */
function focusField(event: MouseEvent<HTMLAnchorElement>, name: string) {
  const target = document.getElementById(name) ?? document.getElementsByName(name)[0];
  if (!target) return;
  event.preventDefault();
  const control = target.matches(CONTROLS) ? target : (target.querySelector<HTMLElement>(CONTROLS) ?? target);
  // A field's label sits above it: bring the label into view with the field.
  (control.closest("fieldset") ?? control.closest("[data-field]") ?? control).scrollIntoView({ block: "start" });
  control.focus({ preventScroll: true });
}

/**
 * "There is a problem" at the top of a form, taking focus when it appears, each message a link to
 * its field (whose id is the field's name), so screen-reader and keyboard users can jump straight
 * to what needs fixing. A problem with the whole form (key "") is shown without a link.
 */
export function ErrorSummary({ reply, errors }: { reply?: unknown; errors?: FormErrorEntry[] }) {
  const entries = errors ?? readReply(reply).errors;
  if (entries.length === 0) return null;
  return (
    <PageAlert tone="error" title="There is a problem" focusOnMount>
      <Text as="p">Check the following and try again:</Text>
      <ul style={ERROR_LIST_STYLE}>
        {entries.map(({ name, message }) => (
          <li key={name || "form"}>
            {name === "" ? (
              message
            ) : (
              <a href={`#${name}`} onClick={(event) => focusField(event, name)}>
                {message}
              </a>
            )}
          </li>
        ))}
      </ul>
    </PageAlert>
  );
}
