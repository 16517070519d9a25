import { formatRating } from "./score";

type Bar = { stars: number; count: number };

/**
 * Horizontal bars for the 1-5 distribution with the average. To assistive technology the SVG is
 * one image (role=img) whose name is the whole text equivalent, every figure included; its
 * drawn labels are hidden so they are not read twice.
 */
export function RatingChart({
  distribution,
  average,
  idPrefix = "rating",
}: {
  distribution: Bar[];
  average: number | null;
  idPrefix?: string;
}) {
  const total = distribution.reduce((n, b) => n + b.count, 0);
  const max = Math.max(1, ...distribution.map((b) => b.count));
  const rows = [...distribution].sort((a, b) => b.stars - a.stars);
  const summary = `Average ${formatRating(average)} out of 5 from ${total} ${total === 1 ? "review" : "reviews"}. ${rows
    .map((b) => `${b.stars} stars: ${b.count}`)
    .join("; ")}.`;
  const rowHeight = 24;
  const labelWidth = 64;
  const barWidth = 220;
  const height = rows.length * rowHeight + 28;
  return (
    <figure style={{ margin: 0 }}>
      <svg
        role="img"
        aria-labelledby={`${idPrefix}-title`}
        viewBox={`0 0 ${labelWidth + barWidth + 48} ${height}`}
        width="100%"
        style={{ maxWidth: 420 }}
      >
        <title id={`${idPrefix}-title`}>{summary}</title>
        {rows.map((b, i) => {
          const y = i * rowHeight;
          const w = (b.count / max) * barWidth;
          return (
            <g key={b.stars} aria-hidden="true">
              <text x={0} y={y + 16} fontSize="13" fill="currentColor">{`${b.stars} star${b.stars === 1 ? "" : "s"}`}</text>
              <rect x={labelWidth} y={y + 4} width={barWidth} height={16} fill="#e6e6e6" />
              <rect x={labelWidth} y={y + 4} width={w} height={16} fill="#00698f" />
              <text x={labelWidth + barWidth + 6} y={y + 16} fontSize="13" fill="currentColor">
                {b.count}
              </text>
            </g>
          );
        })}
        <text aria-hidden="true" x={0} y={rows.length * rowHeight + 20} fontSize="14" fontWeight="bold" fill="currentColor">
          {`Average ${formatRating(average)} out of 5`}
        </text>
      </svg>
    </figure>
  );
}
