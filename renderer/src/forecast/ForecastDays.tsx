// The chart's numbers as tables, folded: every forecast day with its bands, and the recurring
// charges the engine projects on their own schedule (fees on the 1st, tax, commitments until
// their end) rather than smeared into the daily series.
import type { SeriesForecast } from '../../../core/api/forecast-contract.ts';
import { formatValue } from '../explore/number-format.ts';
import { forecastWord } from './words.ts';

const SCHEDULE: Record<string, string> = { daily: 'every day', monthly: 'every month', 'month end': 'at month end' };

export function ForecastDays({ series, currency }: { series: SeriesForecast; currency: string | null }) {
  const money = (v: number) => formatValue(v, 'money', currency);
  const word = forecastWord(series);
  return (
    <>
      <details className="card fold" data-testid="forecast-days">
        <summary>
          {word} by day ({series.forecast.length} days)
        </summary>
        <div className="table-wrap days-wrap">
          <table className="table">
            <thead>
              <tr>
                <th>Day</th>
                <th className="num">{word}</th>
                <th className="num">80% band</th>
                <th className="num">95% band</th>
              </tr>
            </thead>
            <tbody>
              {series.forecast.map((d) => (
                <tr key={d.date}>
                  <td>{d.date}</td>
                  <td className="num">{money(d.value)}</td>
                  <td className="num">
                    {money(d.lower80)} – {money(d.upper80)}
                  </td>
                  <td className="num">
                    {money(d.lower95)} – {money(d.upper95)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      {series.recurring.length > 0 && (
        <details className="card fold" data-testid="recurring-charges">
          <summary>Recurring charges projected on their own schedule ({series.recurring.length})</summary>
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th>Charge</th>
                  <th>Schedule</th>
                  <th className="num">Amount</th>
                  <th>Next</th>
                  <th>Ends</th>
                </tr>
              </thead>
              <tbody>
                {series.recurring.map((r, i) => (
                  <tr key={`${r.label}-${i}`}>
                    <td className="wrap">{r.label}</td>
                    <td>{SCHEDULE[r.schedule] ?? r.schedule}</td>
                    <td className="num">{money(r.amount)}</td>
                    <td>{r.next ?? '—'}</td>
                    <td>{r.ended ? `ended ${r.ended}` : (r.endsOn ?? '—')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </>
  );
}
