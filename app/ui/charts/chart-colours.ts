/**
 * Chart fills. Each has at least 4.5:1 contrast with white, so white labels on a bar are legible
 * and every bar stands 3:1 clear of the page (WCAG 1.4.11); segments are parted by white gaps, so
 * two fills never touch. Colour never carries meaning alone: every bar is labelled in words.
 */
export const CHART_COLOURS = {
  primary: "#00558B",
  current: "#1B6E3A",
  due: "#8A5300",
  overdue: "#B3261E",
  neutral: "#4A5663",
  accent: "#0B6E7A",
} as const;

export type ChartColour = keyof typeof CHART_COLOURS;

/** Body text colour for labels beside bars (AGDS's text colour on a white page). */
export const CHART_TEXT = "#313131";
