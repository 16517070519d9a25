import { CHART_COLOURS, CHART_TEXT, type ChartColour } from "./chart-colours";
import { ChartDataTable } from "./chart-data-table";

export interface Segment {
  key: string;
  label: string;
  colour: ChartColour;
}

export interface StackedRow {
  label: string;
  values: Record<string, number>;
}

const WIDTH = 640;
const LABEL_WIDTH = 190;
const BAR_WIDTH = WIDTH - LABEL_WIDTH - 10;
const ROW = 62;
const BAR = 28;
const GAP = 2;

/**
 * Bars split into segments that fill the bar's width (shares of each row). A segment wide enough
 * shows its count inside; a line under each bar names every segment in words, so neither colour
 * nor segment width has to be read to get the numbers.
 */
export function StackedBarChart({
  id,
  title,
  summary,
  segments,
  rows,
  showPercent = false,
}: {
  id: string;
  title: string;
  summary: string;
  segments: Segment[];
  rows: StackedRow[];
  showPercent?: boolean;
}) {
  const height = rows.length * ROW + 4;
  const words = (row: StackedRow, total: number) =>
    segments
      .map(
        (s) =>
          `${s.label} ${row.values[s.key] ?? 0}${showPercent && total > 0 ? ` (${Math.round(((row.values[s.key] ?? 0) / total) * 100)}%)` : ""}`,
      )
      .join(" · ");
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
        {rows.map((row, i) => {
          const y = i * ROW + 4;
          const total = segments.reduce((n, s) => n + (row.values[s.key] ?? 0), 0);
          let x = LABEL_WIDTH;
          return (
            <g key={row.label}>
              <text x={LABEL_WIDTH - 10} y={y + BAR / 2} textAnchor="end" dominantBaseline="middle" fontSize="14" fill={CHART_TEXT}>
                {row.label}
              </text>
              {total === 0 ? (
                <rect
                  x={LABEL_WIDTH}
                  y={y}
                  width={BAR_WIDTH}
                  height={BAR}
                  fill="none"
                  stroke={CHART_COLOURS.neutral}
                  strokeDasharray="4 4"
                />
              ) : (
                segments.map((s) => {
                  const v = row.values[s.key] ?? 0;
                  if (v === 0) return null;
                  const w = (v / total) * BAR_WIDTH;
                  const at = x;
                  x += w;
                  return (
                    <g key={s.key}>
                      <rect x={at} y={y} width={Math.max(1, w - GAP)} height={BAR} fill={CHART_COLOURS[s.colour]} />
                      {w >= 34 ? (
                        <text
                          x={at + (w - GAP) / 2}
                          y={y + BAR / 2}
                          textAnchor="middle"
                          dominantBaseline="middle"
                          fontSize="13"
                          fontWeight="bold"
                          fill="#ffffff"
                        >
                          {v}
                        </text>
                      ) : null}
                    </g>
                  );
                })
              )}
              <text x={LABEL_WIDTH} y={y + BAR + 17} fontSize="13" fill={CHART_TEXT}>
                {total === 0 ? "None" : words(row, total)}
              </text>
            </g>
          );
        })}
      </svg>
      <ChartDataTable
        caption={title}
        columns={["", ...segments.map((s) => s.label), "Total"]}
        rows={rows.map((r) => [
          r.label,
          ...segments.map((s) => r.values[s.key] ?? 0),
          segments.reduce((n, s) => n + (r.values[s.key] ?? 0), 0),
        ])}
      />
    </figure>
  );
}

/** A key to the segment colours, in words beside a swatch. */
export function ChartLegend({ segments }: { segments: Segment[] }) {
  return (
    <ul aria-label="Key" style={{ listStyle: "none", padding: 0, margin: "0 0 0.5rem", display: "flex", gap: "1rem", flexWrap: "wrap" }}>
      {segments.map((s) => (
        <li key={s.key} style={{ display: "flex", alignItems: "center", gap: "0.4rem" }}>
          <svg aria-hidden="true" width="16" height="16" focusable="false">
            <rect width="16" height="16" fill={CHART_COLOURS[s.colour]} />
          </svg>
          {s.label}
        </li>
      ))}
    </ul>
  );
}
