// SPEC.md step 5: where the month, quarter and year of the first forecast day will land:
// actual to date plus the forecast rest, with the rest's bands.
import { isoOfDay, periodAround, type PeriodKind } from './days.ts';
import type { SeriesData } from './read-series.ts';
import type { PeriodProjection } from './result.ts';
import { cents } from './backtest.ts';
import { actualOn, type SeriesModel } from './series-model.ts';

export function projectPeriod(kind: PeriodKind, data: SeriesData, model: SeriesModel): PeriodProjection {
  const firstForecast = model.lastDay + 1;
  const p = periodAround(kind, firstForecast);
  let actual = 0;
  for (let d = p.first; d <= model.lastDay; d++) actual += actualOn(data, d);
  const rest = model.sum(firstForecast, p.last);
  return {
    period: p.label,
    from: isoOfDay(p.first),
    to: isoOfDay(p.last),
    actual: cents(actual),
    rest: cents(rest.value),
    value: cents(actual + rest.value),
    lower80: cents(actual + rest.lower80),
    upper80: cents(actual + rest.upper80),
    lower95: cents(actual + rest.lower95),
    upper95: cents(actual + rest.upper95),
  };
}
