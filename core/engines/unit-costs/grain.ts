// The grain of each metric of an import (SPEC.md, "Grain"): declared (the import's grain, the
// file's `grain` column or key), else detected: every value on the same day of the month and at
// most one a month (per owner and service), over two months or more, is a monthly value (monthly
// active users on the 1st); anything else is a daily volume.
import { snippet } from '../../errors.ts';
import { METRIC_GRAIN, type MetricGrain } from './constants.ts';
import { unitCostsError } from './errors.ts';
import type { MetricRow } from './parse.ts';

const NOTHING = 'Nothing was imported.';

/** Each metric's grain; `declared` (the request's or the command's --grain) applies to every metric of the file. */
export function metricGrains(rows: readonly MetricRow[], fileName: string, declared?: MetricGrain): Map<string, MetricGrain> {
  const byMetric = new Map<string, MetricRow[]>();
  for (const r of rows) {
    const list = byMetric.get(r.metric);
    // push, never copy: a year of daily values per owner is tens of thousands of rows
    if (list) list.push(r);
    else byMetric.set(r.metric, [r]);
  }
  const grains = new Map<string, MetricGrain>();
  for (const [metric, list] of byMetric) {
    const inFile = new Set(list.map((r) => r.grain).filter((g): g is MetricGrain => g !== null));
    if (inFile.size > 1) throw unitCostsError('UNIT_COSTS_BAD_ROW', `${fileName}: metric ${metric} is given both grain day and grain month; a metric has one grain. ${NOTHING}`, { file: fileName, metric, column: 'grain' });
    const fromFile = [...inFile][0];
    if (declared && fromFile && declared !== fromFile) {
      throw unitCostsError('UNIT_COSTS_BAD_REQUEST', `${fileName} gives metric ${metric} grain ${fromFile}, but the import asks for grain ${declared}: leave one of them out. ${NOTHING}`, { file: fileName, metric });
    }
    const grain = declared ?? fromFile ?? detect(list);
    if (grain === METRIC_GRAIN.month) oneAMonth(metric, list, fileName);
    grains.set(metric, grain);
  }
  return grains;
}

function detect(rows: readonly MetricRow[]): MetricGrain {
  const days = new Set(rows.map((r) => r.date.slice(8)));
  const months = new Set(rows.map((r) => r.date.slice(0, 7)));
  const perMonth = new Set(rows.map((r) => JSON.stringify([r.date.slice(0, 7), r.owner, r.service])));
  return days.size === 1 && months.size >= 2 && perMonth.size === rows.length ? METRIC_GRAIN.month : METRIC_GRAIN.day;
}

/** A monthly metric has one value a month per owner and service: two would be counted together. */
function oneAMonth(metric: string, rows: readonly MetricRow[], fileName: string): void {
  const seen = new Map<string, string>();
  for (const r of rows) {
    const id = JSON.stringify([r.date.slice(0, 7), r.owner, r.service]);
    const first = seen.get(id);
    if (first !== undefined) {
      throw unitCostsError('UNIT_COSTS_DUPLICATE_ROW', `${fileName}: metric ${metric} is monthly (one value a month) but has two values in ${r.date.slice(0, 7)} (${first} and ${r.date}${r.owner ? `, owner ${snippet(r.owner)}` : ''}${r.service ? `, service ${snippet(r.service)}` : ''}): keep one, or import it as grain day. ${NOTHING}`, { file: fileName, metric, dates: [first, r.date] });
    }
    seen.set(id, r.date);
  }
}
