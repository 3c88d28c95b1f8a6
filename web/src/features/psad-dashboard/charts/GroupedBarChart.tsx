export interface GroupedBar {
  series: string;
  /** Null when the figure is masked (small counts): no bar, its label is shown instead. */
  value: number | null;
  /** What to print beside the bar (the value, or « < 5 », « s »). */
  display: string;
}

export interface BarGroup {
  label: string;
  bars: readonly GroupedBar[];
}

interface GroupedBarChartProps {
  /** The series in drawing order: the index picks the colour (the stacked chart's). */
  series: readonly string[];
  groups: readonly BarGroup[];
}

/**
 * One group of horizontal bars per row (e.g. a period beside the previous one), on one scale, so that
 * the bars can be compared. A masked figure draws no bar and shows its label. SVG attributes only (CSP),
 * hidden from assistive technology: the table under it carries the same figures with its caption.
 */
export function GroupedBarChart({ series, groups }: GroupedBarChartProps) {
  const top = Math.max(1, ...groups.flatMap((g) => g.bars.map((b) => b.value ?? 0)));
  const colour = (name: string) => `stacked-chart__segment--${Math.max(0, series.indexOf(name)) % 5}`;
  return (
    <div className="stacked-chart grouped-chart" aria-hidden="true">
      {series.length > 1 ? (
        <ul className="stacked-chart__legend">
          {series.map((s) => (
            <li key={s}>
              <svg className="stacked-chart__swatch" viewBox="0 0 10 10" focusable="false">
                <rect width="10" height="10" className={colour(s)} />
              </svg>
              {s}
            </li>
          ))}
        </ul>
      ) : null}
      {groups.map((group) => (
        <div className="grouped-chart__group" key={group.label}>
          <span className="grouped-chart__label">{group.label}</span>
          <div className="grouped-chart__bars">
            {group.bars.map((bar) => (
              <div className="grouped-chart__row" key={bar.series}>
                <svg className="bar-chart__track" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
                  {bar.value ? (
                    <rect className={colour(bar.series)} x="0" y="0" height="10" width={(bar.value / top) * 100} />
                  ) : null}
                </svg>
                <span className={bar.value === null ? 'bar-chart__value grouped-chart__masked' : 'bar-chart__value'}>
                  {bar.display}
                </span>
              </div>
            ))}
          </div>
        </div>
      ))}
    </div>
  );
}
