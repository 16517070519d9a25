import { CHART_COLOURS, CHART_TEXT, type ChartColour } from "./chart-colours";
import { ChartDataTable } from "./chart-data-table";

export interface Bar {
  label: string;
  value: number;
  colour?: ChartColour;
}

const WIDTH = 640;
const LABEL_WIDTH = 190;
const VALUE_ROOM = 90;
const ROW = 40;
const BAR = 26;

/**
 * Horizontal bars, each named on its left and counted at its end, so the chart reads without
 * colour. The SVG is one image to assistive technology, named by its title and summarised by its
 * description; the table below it has every number.
 */
export function BarChart({
  id,
  title,
  summary,
  bars,
  unit,
  valueHeading,
}: {
  id: string;
  title: string;
  summary: string;
  bars: Bar[];
  unit: string;
  valueHeading: string;
}) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const total = bars.reduce((n, b) => n + b.value, 0);
  const scale = (WIDTH - LABEL_WIDTH - VALUE_ROOM) / max;
  const height = bars.length * ROW + 8;
  const percent = (v: number) => (total === 0 ? 0 : Math.round((v / total) * 100));
  return (
    <figure style={{ margin: 0 }}>
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        style={{ maxWidth: WIDTH, display: "block" }}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {bars.map((b, i) => {
          const y = i * ROW + 4;
          const w = Math.max(b.value > 0 ? 2 : 0, b.value * scale);
          return (
            <g key={b.label}>
              <text x={LABEL_WIDTH - 10} y={y + BAR / 2} textAnchor="end" dominantBaseline="middle" fontSize="14" fill={CHART_TEXT}>
                {b.label}
              </text>
              <rect x={LABEL_WIDTH} y={y} width={w} height={BAR} fill={CHART_COLOURS[b.colour ?? "primary"]} />
              <text x={LABEL_WIDTH + w + 8} y={y + BAR / 2} dominantBaseline="middle" fontSize="14" fontWeight="bold" fill={CHART_TEXT}>
                {b.value} ({percent(b.value)}%)
              </text>
            </g>
          );
        })}
        <line x1={LABEL_WIDTH} x2={LABEL_WIDTH} y1={0} y2={height} stroke={CHART_TEXT} strokeWidth={1} />
      </svg>
      <ChartDataTable
        caption={title}
        columns={["", valueHeading, `Share of ${unit}`]}
        rows={bars.map((b) => [b.label, b.value, `${percent(b.value)}%`])}
      />
    </figure>
  );
}
