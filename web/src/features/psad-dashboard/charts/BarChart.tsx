export interface Bar {
  key: string;
  label: string;
  value: number;
  /** Shown after the value, e.g. a share. */
  note?: string;
}

interface BarChartProps {
  bars: readonly Bar[];
  /** The value of a full bar; the largest value by default. */
  max?: number;
}

const formatNumber = (n: number) => n.toLocaleString('fr-FR');

/**
 * Horizontal bars drawn with SVG attributes (no inline style, so the Content-Security-Policy's
 * style-src 'self' holds). Hidden from assistive technology: the table beside it carries the same
 * numbers with its caption, and is what a screen reader reads.
 */
export function BarChart({ bars, max }: BarChartProps) {
  const top = Math.max(max ?? 0, ...bars.map((b) => b.value), 1);
  return (
    <div className="bar-chart" aria-hidden="true">
      {bars.map((bar) => (
        <div className="bar-chart__row" key={bar.key}>
          <span className="bar-chart__label">{bar.label}</span>
          <svg className="bar-chart__track" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
            <rect className="bar-chart__bar" x="0" y="0" height="10" width={(bar.value / top) * 100} />
          </svg>
          <span className="bar-chart__value">
            {formatNumber(bar.value)}
            {bar.note ? <span className="bar-chart__note"> ({bar.note})</span> : null}
          </span>
        </div>
      ))}
    </div>
  );
}
