// Which resource, metric and statistic a GetMetricData result or a get-metric-statistics file is
// for, when the data itself does not say: the AWS CLI's output carries only an Id and a Label
// (GetMetricData) or a Label (get-metric-statistics, where it is the metric's name). A Label such
// as "i-0abc12345678 CPUUtilization Maximum" (CloudWatch's dynamic labels write one) names all
// three; an Id such as "cpu_max_i_0abc12345678" can too; the file's name may name the resource.
import { metricKind, Statistic, type StatisticName } from './constants.ts';
import { resourceIdIn } from './values.ts';

const STAT_WORDS: Readonly<Record<string, StatisticName>> = {
  maximum: Statistic.Maximum, max: Statistic.Maximum,
  average: Statistic.Average, avg: Statistic.Average, mean: Statistic.Average,
  minimum: Statistic.Minimum, min: Statistic.Minimum,
  samplecount: Statistic.SampleCount, sum: Statistic.Sum,
  p95: Statistic.P95, p99: Statistic.P99,
};

function words(text: string): string[] {
  return text.split(/[^A-Za-z0-9_.-]+|_/).filter((w) => w !== '');
}

/** An Id cannot hold '-': CloudWatch users write i_0abc... for i-0abc... */
function idToText(id: string): string {
  return id.replace(/(^|_)(i|vol)_([0-9a-f]{8,17})(?=_|$)/g, '$1$2-$3');
}

export function resourceFromLabels(label: string | null, id: string | null): string | null {
  return resourceIdIn(label) ?? resourceIdIn(id ? idToText(id) : null);
}

/** A metric name in the label: a word that is a metric rightsizing knows, or the label itself when it is one word. */
export function metricFromLabel(label: string | null): string | null {
  if (!label) return null;
  const known = label.split(/\s+/).find((w) => metricKind(w) !== null);
  if (known) return known;
  const trimmed = label.trim();
  return /^[A-Za-z][A-Za-z0-9_]*$/.test(trimmed) ? trimmed : null;
}

export function statisticFromLabels(label: string | null, id: string | null): StatisticName | null {
  for (const text of [label, id]) {
    if (!text) continue;
    for (const w of words(text)) {
      const s = STAT_WORDS[w.toLowerCase()];
      if (s) return s;
    }
  }
  return null;
}
