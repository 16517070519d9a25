/**
 * How many assessments gave each score, 1 to 5, as five small bars. The SVG is one image to
 * assistive technology, named by a sentence with every count, so nothing depends on seeing it;
 * each bar is numbered under it, so it reads without colour.
 */
import { CHART_COLOURS, CHART_TEXT } from "~/ui/charts/chart-colours";

const BAR = 12;
const GAP = 4;
const HEIGHT = 24;
const LABEL = 12;

export function distributionSentence(distribution: readonly number[]): string {
  const total = distribution.reduce((a, b) => a + b, 0);
  if (total === 0) return "No scores given";
  const parts = distribution.map((n, i) => `${i + 1}: ${n}`);
  return `Scores given (${total} in all) — ${parts.join(", ")}`;
}

export function ScoreDistribution({ distribution }: { distribution: readonly [number, number, number, number, number] }) {
  const max = Math.max(1, ...distribution);
  const width = distribution.length * (BAR + GAP) - GAP;
  const sentence = distributionSentence(distribution);
  return (
    <svg role="img" aria-label={sentence} width={width} height={HEIGHT + LABEL} viewBox={`0 0 ${width} ${HEIGHT + LABEL}`}>
      <title>{sentence}</title>
      {distribution.map((n, i) => {
        const h = n === 0 ? 1 : Math.max(3, Math.round((n / max) * HEIGHT));
        const x = i * (BAR + GAP);
        return (
          <g key={i}>
            <rect x={x} y={HEIGHT - h} width={BAR} height={h} fill={n === 0 ? CHART_COLOURS.neutral : CHART_COLOURS.primary} />
            <text x={x + BAR / 2} y={HEIGHT + LABEL - 1} textAnchor="middle" fontSize="10" fill={CHART_TEXT}>
              {i + 1}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
