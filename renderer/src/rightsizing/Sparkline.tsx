// A row's CPU maximum per day over the lookback. Its scale runs from 0 to the row's peak rounded
// up to a tenth (at least 10%), so the shape of a quiet instance shows (on 0-100% the candidates
// of a rightsizing list are all flat lines); the label says the scale. Plain SVG: hundreds of rows
// would be hundreds of chart instances otherwise. A day without data breaks the line (never 0).
const WIDTH = 96;
const HEIGHT = 24;

/** The top of a row's scale: its peak rounded up to a multiple of 10%, 10% at least, 100% at most. */
export function sparkTop(values: readonly (number | null)[]): number {
  const peak = Math.max(0, ...values.filter((v): v is number => v !== null));
  return Math.min(100, Math.max(10, Math.ceil(peak / 10) * 10));
}

export function sparkPaths(values: readonly (number | null)[], top = 100): string[] {
  const step = values.length > 1 ? WIDTH / (values.length - 1) : 0;
  const paths: string[] = [];
  let d = '';
  values.forEach((v, i) => {
    if (v === null) {
      if (d) paths.push(d);
      d = '';
      return;
    }
    const x = (i * step).toFixed(1);
    const y = (HEIGHT - 1 - (Math.min(top, Math.max(0, v)) / top) * (HEIGHT - 2)).toFixed(1);
    d += `${d ? 'L' : 'M'}${x},${y}`;
  });
  if (d) paths.push(d);
  return paths;
}

export function Sparkline({ values, label }: { values: readonly (number | null)[] | undefined; label: string }) {
  if (!values) return <span className="spark-none muted">—</span>;
  const top = sparkTop(values);
  const paths = sparkPaths(values, top);
  const text = `${label} (scale 0-${top}%)`;
  return (
    <svg className="sparkline" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={text} data-testid="sparkline">
      <title>{text}</title>
      <line x1={0} x2={WIDTH} y1={HEIGHT - 1} y2={HEIGHT - 1} className="spark-axis" />
      {paths.map((d, i) => (
        // a path of one point is a dot
        <path key={i} d={d.includes('L') ? d : `${d}h0.1`} className="spark-line" />
      ))}
    </svg>
  );
}
