/**
 * Weighted totals as horizontal bars on a fixed 0-100 scale. The shared BarChart (app/ui/charts)
 * scales to its largest bar and labels each bar with its share of the sum, which is right for
 * counts but would misread scores (two responses at 80 and 78 are not "51%" and "49%"), so this
 * draws bars with the same colours and the same data table beneath, against 100.
 */
import { CHART_COLOURS, CHART_TEXT } from "~/ui/charts/chart-colours";
import { ChartDataTable } from "~/ui/charts/chart-data-table";

const OUT_OF = 100;

/**
 * Drawn in HTML rather than SVG: each bar is a width in percent under its label, so on a 390 px
 * phone the labels keep their size and wrap, where a scaled SVG shrank them to 7 px.
 */
export function ScoreBars({
  id,
  title,
  summary,
  bars,
}: {
  id: string;
  title: string;
  summary: string;
  bars: { label: string; value: number }[];
}) {
  return (
    <figure style={{ margin: 0 }}>
      <p id={`${id}-title`} style={{ fontWeight: "bold", margin: "0 0 0.25rem" }}>
        {title}
      </p>
      <p id={`${id}-desc`} style={{ margin: "0 0 0.75rem" }}>
        {summary}
      </p>
      {/* One image to assistive technology, named and described as the SVG charts are (divs, not a list: an image has no list items); the table below has the numbers. */}
      <div role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} style={{ maxWidth: 640 }}>
        {bars.map((b, i) => (
          <div key={`${b.label}-${i}`} style={{ marginBottom: "0.75rem" }}>
            <span style={{ display: "block", color: CHART_TEXT }}>{b.label}</span>
            <span style={{ display: "flex", alignItems: "center", gap: "0.5rem" }}>
              <span aria-hidden="true" style={{ flex: 1, height: 22, border: `1px solid ${CHART_COLOURS.neutral}` }}>
                <span
                  style={{
                    display: "block",
                    height: "100%",
                    width: `${Math.min(OUT_OF, Math.max(0, b.value))}%`,
                    background: CHART_COLOURS.primary,
                  }}
                />
              </span>
              <span style={{ fontWeight: "bold", minWidth: "4.5em", color: CHART_TEXT }}>{b.value}</span>
            </span>
          </div>
        ))}
      </div>
      <ChartDataTable caption={title} columns={["", "Weighted total, out of 100"]} rows={bars.map((b) => [b.label, b.value])} />
    </figure>
  );
}
