// The forecast's own track record on this workspace, beside every forecast: the engine's
// backtest sentence (month totals' error and how often the bands held, beside seasonal-naive),
// whether the method beat seasonal-naive, and the months behind it.
import type { SeriesForecast } from '../../../core/api/forecast-contract.ts';
import { formatValue } from '../explore/number-format.ts';
import { periodLabel } from './period-label.ts';

export function TrackRecord({ series, currency }: { series: SeriesForecast; currency: string | null }) {
  const b = series.backtest;
  if (!b) {
    return (
      <section className="track-record" aria-label="Track record" data-testid="track-record">
        <p>
          <strong>Track record:</strong> {series.backtestMessage ?? 'none yet.'}
        </p>
      </section>
    );
  }
  const money = (v: number) => formatValue(v, 'money', currency);
  const beats = Number.isFinite(b.mapeMonthly) && Number.isFinite(b.naiveMapeMonthly) && b.mapeMonthly < b.naiveMapeMonthly;
  return (
    <section className="track-record" aria-label="Track record" data-testid="track-record">
      <p>
        <strong>Track record</strong>, {b.summary}.{' '}
        <span className={beats ? 'verdict ok' : 'verdict warn'}>{beats ? 'Better than seasonal-naive (last week repeated).' : 'Not better than seasonal-naive (last week repeated): read this forecast with care.'}</span>
      </p>
      <details>
        <summary>The {b.months.length} months behind it</summary>
        <p className="muted small">Each month was forecast from the day before it began, with the same method, and compared with what happened ({b.days} days in all).</p>
        <div className="table-wrap">
          <table className="table backtest-table">
            <thead>
              <tr>
                <th>Month</th>
                <th className="num">Actual</th>
                <th className="num">Forecast</th>
                <th className="num">Seasonal-naive</th>
              </tr>
            </thead>
            <tbody>
              {b.months.map((m) => (
                <tr key={m.month}>
                  <td>{periodLabel(m.month)}</td>
                  <td className="num">{money(m.actual)}</td>
                  <td className="num">{money(m.forecast)}</td>
                  <td className="num">{money(m.seasonalNaive)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
