import type { CurrencyState } from "./currency";
import { addMonths, daysBetween, formatDate } from "~/platform/dates";

export interface TimelineBadge {
  id: number;
  kind: string;
  level: string;
  assessedOn: string | null;
  periodEnd: string | null;
  currency: { state: CurrencyState; expiresOn: string | null; label: string };
  words: { title: string; shortTitle: string };
}

// Dark enough for 3:1 against white (WCAG 1.4.11); the state is also written beside each bar.
const STATE_COLOURS: Record<CurrencyState, string> = {
  current: "#0b7a56",
  due: "#8a5300",
  overdue: "#c40000",
  no_expiry: "#4d4d4d",
};
const STATE_WORDS: Record<CurrencyState, string> = {
  current: "current",
  due: "due",
  overdue: "overdue",
  no_expiry: "no expiry",
};

const ROW = 34;
const LABEL_W = 250;
const WIDTH = 760;
const PLOT_W = WIDTH - LABEL_W - 70;

/**
 * Each badge as a bar from its assessment to its expiry, with today marked: a buyer sees at a
 * glance what is current, what lapses soon and what has lapsed. The table beside it has the data.
 */
export function BadgeTimeline({ badges, today }: { badges: TimelineBadge[]; today: string }) {
  const rows = badges
    .map((b) => ({ ...b, start: b.assessedOn ?? b.periodEnd }))
    .filter((b): b is typeof b & { start: string } => !!b.start);
  if (rows.length === 0) return null;

  const starts = rows.map((r) => r.start);
  const ends = rows.map((r) => r.currency.expiresOn ?? today);
  const from = addMonths([...starts].sort()[0], -2);
  const to = addMonths([...ends, today].sort().at(-1)!, 3);
  const span = Math.max(daysBetween(from, to), 1);
  const x = (d: string) => LABEL_W + (daysBetween(from, d) / span) * PLOT_W;
  const height = rows.length * ROW + 56;
  const years: string[] = [];
  for (let y = Number(from.slice(0, 4)) + 1; y <= Number(to.slice(0, 4)); y++) years.push(`${y}-01-01`);

  return (
    // On a phone the bars would shrink to unreadable labels: the timeline is hidden there, and the
    // badge list below gives every date in words.
    <figure className="badge-timeline" style={{ margin: 0, maxWidth: "100%" }}>
      <style>{"@media (max-width: 599px) { .badge-timeline { display: none; } }"}</style>
      <svg
        role="img"
        aria-labelledby="badge-timeline-title"
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        style={{ fontFamily: "inherit" }}
      >
        <title id="badge-timeline-title">{`Badge timeline: ${rows.map((r) => `${r.words.title}, ${r.currency.label}`).join("; ")}`}</title>
        {years.map((y) => (
          <g key={y} aria-hidden="true">
            <line x1={x(y)} x2={x(y)} y1={24} y2={height - 24} stroke="#d3d3d3" />
            <text x={x(y)} y={height - 8} fontSize="12" textAnchor="middle" fill="#4d4d4d">
              {y.slice(0, 4)}
            </text>
          </g>
        ))}
        {rows.map((r, i) => {
          const y = 28 + i * ROW;
          const end = r.currency.expiresOn ?? to;
          const colour = STATE_COLOURS[r.currency.state];
          return (
            <g key={r.id}>
              <text x={0} y={y + 15} fontSize="13" fill="#313131">
                {truncate(r.words.shortTitle, 34)}
              </text>
              <rect
                x={x(r.start)}
                y={y + 3}
                width={Math.max(x(end) - x(r.start), 3)}
                height={16}
                rx={3}
                fill={colour}
                opacity={r.currency.state === "no_expiry" ? 0.35 : 1}
              />
              <text x={Math.min(x(end), LABEL_W + PLOT_W) + 6} y={y + 15} fontSize="12" fill={colour}>
                {STATE_WORDS[r.currency.state]}
              </text>
            </g>
          );
        })}
        <line x1={x(today)} x2={x(today)} y1={22} y2={height - 24} stroke="#313131" strokeWidth={2} strokeDasharray="4 3" />
        <text x={x(today)} y={16} fontSize="12" textAnchor="middle" fill="#313131">
          Today
        </text>
      </svg>
      <figcaption style={{ fontSize: "0.875rem" }}>
        Bars run from each assessment to the date it lapses; the dashed line is today ({formatDate(today)}).
      </figcaption>
    </figure>
  );
}

function truncate(s: string, n: number) {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
