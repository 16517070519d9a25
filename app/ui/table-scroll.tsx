/**
 * A wide table's horizontal scroll area. The design system's TableWrapper draws its own scrollbar
 * and arrows (about 2 KB gzip on every page with a table); the browser's own scrollbar does the
 * job, with or without JavaScript. When the table does overflow, the area becomes a labelled,
 * focusable region so keyboard users can scroll it too (WCAG 2.1.1; axe's scrollable-region-focusable).
 * It is positioned so that visually hidden text in the table (absolutely positioned) is clipped with
 * the table instead of widening the page on a phone.
 */
import { ClassNames } from "@emotion/react";
import { packs } from "@ag.ds-next/react/core";
import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * `label`: for a table that may well overflow (many columns), the area is a focusable region from
 * the first paint, so it can be scrolled by keyboard before (or without) JavaScript; once the
 * browser measures it and finds it fits, the extra tab stop goes.
 */
export function TableScroll({ children, label: initialLabel }: { children: ReactNode; label?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [label, setLabel] = useState<string | null>(initialLabel ?? null);
  useEffect(() => {
    const area = ref.current;
    if (!area || typeof ResizeObserver === "undefined") return;
    const measure = () => {
      const overflows = area.scrollWidth > area.clientWidth + 1;
      setLabel(overflows ? area.querySelector("caption")?.textContent?.trim() || "Table" : null);
    };
    const observer = new ResizeObserver(measure);
    // The table too: it can grow (a column added) while the area keeps its size.
    observer.observe(area);
    if (area.firstElementChild) observer.observe(area.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <ClassNames>
      {({ css }) => (
        <div
          ref={ref}
          className={css({
            overflowX: "auto",
            maxWidth: "100%",
            position: "relative",
            "&:focus-visible": { ...packs.outline, outlineStyle: "solid" },
          })}
          {...(label ? { tabIndex: 0, role: "region", "aria-label": `${label} (scrolls sideways)` } : {})}
        >
          {children}
        </div>
      )}
    </ClassNames>
  );
}
