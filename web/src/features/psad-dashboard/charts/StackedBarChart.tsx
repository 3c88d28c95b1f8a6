export interface Segment {
  key: string;
  value: number;
}

export interface StackedBar {
  key: string;
  label: string;
  segments: readonly Segment[];
}

interface StackedBarChartProps {
  bars: readonly StackedBar[];
  /** The segment keys in drawing order, with their legend label; the index picks the colour. */
  legend: readonly { key: string; label: string }[];
}

const formatNumber = (n: number) => n.toLocaleString('fr-FR');

/**
 * One horizontal bar per row, split into segments (e.g. cases by status). SVG attributes only (CSP),
 * hidden from assistive technology: the table beside it has the numbers. Each colour has a 3:1
 * contrast at least against the white background and segments are separated by a white gap, so
 * neighbours stay distinct; the legend names them.
 */
export function StackedBarChart({ bars, legend }: StackedBarChartProps) {
  const totals = bars.map((b) => b.segments.reduce((s, x) => s + x.value, 0));
  const top = Math.max(...totals, 1);
  const colour = (key: string) =>
    `stacked-chart__segment--${Math.max(
      0,
      legend.findIndex((l) => l.key === key),
    )}`;
  return (
    <div className="stacked-chart" aria-hidden="true">
      <ul className="stacked-chart__legend">
        {legend.map((l) => (
          <li key={l.key}>
            <svg className="stacked-chart__swatch" viewBox="0 0 10 10" focusable="false">
              <rect width="10" height="10" className={colour(l.key)} />
            </svg>
            {l.label}
          </li>
        ))}
      </ul>
      {bars.map((bar, i) => {
        let x = 0;
        return (
          <div className="bar-chart__row" key={bar.key}>
            <span className="bar-chart__label">{bar.label}</span>
            <svg className="bar-chart__track" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
              {bar.segments
                .filter((s) => s.value > 0)
                .map((s) => {
                  const width = (s.value / top) * 100;
                  const rect = <rect key={s.key} className={colour(s.key)} x={x} y="0" height="10" width={width} />;
                  x += width;
                  return rect;
                })}
            </svg>
            <span className="bar-chart__value">{formatNumber(totals[i]!)}</span>
          </div>
        );
      })}
    </div>
  );
}
