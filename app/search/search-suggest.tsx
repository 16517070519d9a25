import { useNavigate } from "@remix-run/react";
import { useEffect, useId, useState, useSyncExternalStore, type ChangeEvent, type KeyboardEvent, type ReactNode } from "react";
import { VisuallyHidden } from "@ag.ds-next/react/a11y";

interface Suggestion {
  type: "product" | "provider" | "article" | "review";
  title: string;
  url: string;
  context: string | null;
}

const TYPE_LABELS: Record<Suggestion["type"], string> = { product: "Product", provider: "Provider", article: "Guidance", review: "Review" };
const DEBOUNCE_MS = 150;

/**
 * Suggestions while typing, for the header's search box: the ARIA 1.2 combobox pattern (a text
 * input that controls a listbox; arrows move, Enter opens, Escape closes). An enhancement only:
 * the server renders the plain GET form, and the combobox roles are added after hydration, so
 * without JavaScript nobody is told about a popup that never comes.
 */
export function useSearchSuggest(): {
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  /** Spread onto the input: combobox roles and keyboard handling once enhanced. */
  inputProps: Record<string, unknown>;
  popup: ReactNode;
} {
  const navigate = useNavigate();
  const listId = useId();
  const enhanced = useHydrated();
  const [query, setQuery] = useState("");
  const [fetched, setItems] = useState<Suggestion[]>([]);
  // Fewer than two characters suggest nothing, whatever an earlier keystroke fetched.
  const items = query.trim().length < 2 ? [] : fetched;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  useEffect(() => {
    if (query.trim().length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/search/suggest?q=${encodeURIComponent(query)}`, { signal: controller.signal });
        if (!response.ok) return;
        const body = (await response.json()) as { suggestions: Suggestion[] };
        setItems(body.suggestions);
        setActive(-1);
        setOpen(true);
      } catch {
        // Aborted by the next keystroke, or offline: the form still works.
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  const expanded = enhanced && open && items.length > 0;
  const optionId = (i: number) => `${listId}-option-${i}`;
  const choose = (i: number) => {
    setOpen(false);
    navigate(items[i].url);
  };
  // -1 is the text box itself: arrowing past either end comes back to what was typed.
  const move = (by: number) => {
    setOpen(true);
    setActive((a) => {
      const next = a + by;
      if (next < -1) return items.length - 1;
      return next >= items.length ? -1 : next;
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if ((event.key === "ArrowDown" || event.key === "ArrowUp") && items.length > 0) {
      event.preventDefault();
      move(event.key === "ArrowDown" ? 1 : -1);
    } else if (event.key === "Enter" && expanded && active >= 0) {
      event.preventDefault();
      choose(active);
    } else if (event.key === "Escape" && expanded) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  const inputProps: Record<string, unknown> = enhanced
    ? {
        role: "combobox",
        "aria-autocomplete": "list",
        "aria-expanded": expanded,
        "aria-controls": listId,
        "aria-activedescendant": expanded && active >= 0 ? optionId(active) : undefined,
        onKeyDown,
        onBlur: () => setOpen(false),
        onFocus: () => setOpen(items.length > 0),
      }
    : {};

  const popup = enhanced ? (
    <>
      <ul
        id={listId}
        role="listbox"
        aria-label="Suggestions"
        hidden={!expanded}
        style={{
          position: "absolute",
          top: "100%",
          left: 0,
          right: 0,
          zIndex: 20,
          margin: 0,
          padding: 0,
          listStyle: "none",
          background: "var(--agds-light-background-body)",
          color: "var(--agds-light-foreground-text)",
          border: "1px solid var(--agds-light-border)",
          boxShadow: "0 4px 8px rgba(0, 0, 0, 0.2)",
        }}
      >
        {items.map((s, i) => (
          // The keyboard works on the input, as the combobox pattern has it (aria-activedescendant).
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events
          <li
            key={s.url}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            // Keep focus in the input, so a click does not blur (and close) before it lands. The
            // keyboard works on the input, as the combobox pattern has it (aria-activedescendant).
            onMouseDown={(event) => event.preventDefault()}

            onClick={() => choose(i)}
            style={{
              padding: "0.5rem 0.75rem",
              cursor: "pointer",
              background: i === active ? "var(--agds-light-background-shade)" : undefined,
              textDecoration: i === active ? "underline" : undefined,
            }}
          >
            {s.title}
            <span style={{ display: "block", fontSize: "0.875rem", color: "var(--agds-light-foreground-muted)" }}>
              {TYPE_LABELS[s.type]}
              {s.context ? ` · ${s.context}` : ""}
            </span>
          </li>
        ))}
      </ul>
      <VisuallyHidden>
        <span role="status" aria-live="polite">
          {expanded ? `${items.length} suggestions. Use up and down to choose, Enter to open.` : ""}
        </span>
      </VisuallyHidden>
    </>
  ) : null;

  return { onChange: (event) => setQuery(event.target.value), inputProps, popup };
}

const noSubscription = () => () => {};

/** False while the server renders and the page hydrates, true once React runs in the browser. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
