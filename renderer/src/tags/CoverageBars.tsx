// Coverage against the target: for all keys and each required key, one bar over all cost and one
// over taggable cost, each labelled with its share and the money behind it, and a mark at the
// target. Bars that reach the target are drawn in the "ok" colour.
import type { TagAuditResult } from '../../../core/api/tags-contract.ts';
import { formatValue } from '../explore/number-format.ts';
import { coverageRows, DENOMINATORS, type ShareFigure } from './coverage-model.ts';

function Bar({ figure, label, help, target, currency, testId }: { figure: ShareFigure; label: string; help: string; target: number; currency: string | null; testId: string }) {
  const width = figure.share === null ? 0 : Math.max(0, Math.min(1, figure.share)) * 100;
  return (
    <div className="cov-bar-row" data-testid={testId}>
      <span className="cov-denominator" title={help}>
        {label}
      </span>
      <div
        className="cov-track"
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={figure.share === null ? undefined : Math.round(figure.share * 1000) / 10}
        aria-valuetext={figure.share === null ? 'no cost' : formatValue(figure.share, 'ratio', null)}
      >
        <div className={`cov-fill${figure.meetsTarget ? ' ok' : ''}`} style={{ width: `${width}%` }} />
        <div className="cov-target" style={{ left: `${target * 100}%` }} aria-hidden="true" />
      </div>
      <span className="cov-share num" data-testid={`${testId}-share`}>
        {figure.share === null ? '—' : formatValue(figure.share, 'ratio', null)}
      </span>
      <span className="cov-money num muted" data-testid={`${testId}-money`}>
        {formatValue(figure.tagged, 'money', currency)} of {formatValue(figure.total, 'money', currency)}
      </span>
    </div>
  );
}

export function CoverageBars({ result, currency }: { result: TagAuditResult; currency: string | null }) {
  const rows = coverageRows(result);
  const target = formatValue(result.target, 'ratio', null).replace('.0%', '%');
  return (
    <section className="card cov" aria-labelledby="cov-title" data-testid="coverage">
      <div className="section-head">
        <h2 id="cov-title">Coverage</h2>
        <span className="muted small cov-legend">
          <span className="cov-target-key" aria-hidden="true" /> target {target} · <span className="cov-swatch ok" aria-hidden="true" /> reaches it ·{' '}
          <span className="cov-swatch" aria-hidden="true" /> below it
        </span>
      </div>
      <p className="muted small cov-denominators">
        Each share is shown over two denominators: <strong>all cost</strong> ({formatValue(result.totalCost, 'money', currency)}, every line of the period) and{' '}
        <strong>taggable cost</strong> ({formatValue(result.taggableCost, 'money', currency)}, lines that name a resource, commitment fees excluded).
      </p>
      <ul className="cov-list">
        {rows.map((r) => (
          <li key={r.label} className={r.allKeys ? 'cov-item all-keys' : 'cov-item'} data-testid={`coverage-${r.label}`}>
            <span className="cov-key">{r.allKeys ? <strong>{r.label}</strong> : r.label}</span>
            <div className="cov-bars">
              <Bar figure={r.all} label={DENOMINATORS[0].label} help={DENOMINATORS[0].help} target={result.target} currency={currency} testId={`coverage-${r.label}-all`} />
              <Bar figure={r.taggable} label={DENOMINATORS[1].label} help={DENOMINATORS[1].help} target={result.target} currency={currency} testId={`coverage-${r.label}-taggable`} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
