import type { Page } from "playwright-core";

export type Focused = {
  tag: string;
  text: string;
  type: string | null;
  id: string;
  value: string;
  href: string | null;
  visible: boolean;
  indicator: string;
};

/** What has focus, and whether something draws a focus indicator around it (outline or box-shadow). */
export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const drawn = (e: Element | null) => {
      if (!e) return "";
      const s = getComputedStyle(e);
      if (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0) return `outline ${s.outlineWidth} ${s.outlineStyle}`;
      if (s.boxShadow && s.boxShadow !== "none") return `box-shadow ${s.boxShadow}`;
      return "";
    };
    // The design system hides native checkboxes and radios under a drawn box; the ring is drawn on that box.
    const isTick =
      el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio") && getComputedStyle(el).opacity === "0";
    const box = el.nextElementSibling;
    const candidates: (Element | null)[] = isTick ? [box, ...(box ? [...box.querySelectorAll("*")] : [])] : [el];
    let indicator = candidates.map(drawn).find(Boolean) ?? "";
    // A clickable card outlines the whole card (:focus-within) rather than its link.
    for (let up = el.parentElement, n = 0; !indicator && up && n < 6; up = up.parentElement, n++) {
      const s = getComputedStyle(up);
      if (up.matches(":focus-within") && s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0)
        indicator = `outline on ${up.tagName.toLowerCase()}`;
    }
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.getAttribute("aria-label") ?? el.innerText ?? "").trim().slice(0, 60),
      type: el.getAttribute("type"),
      id: el.id,
      value: (el as HTMLInputElement).value ?? "",
      href: el.getAttribute("href"),
      visible: indicator !== "",
      indicator,
    };
  });
}

/** Presses Tab (or Shift+Tab) until the focused element passes the test; fails after max presses. */
export async function tabUntil(page: Page, test: (f: Focused) => boolean, { max = 80, back = false } = {}): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    const f = await focused(page);
    if (test(f)) return f;
  }
  throw new Error(`No matching focus stop within ${max} presses on ${page.url()}`);
}

export function tabUntilHref(page: Page, href: string): Promise<Focused> {
  return tabUntil(page, (f) => f.href === href, { max: 300 });
}
