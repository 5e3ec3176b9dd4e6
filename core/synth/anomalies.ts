// Injected anomalies at known dates and dimensions: a spike (data transfer out multiplied for a
// few hours), a level shift (a GPU fleet that starts and stays) and a new-service surprise
// (SageMaker appears in an account that never used it). Injected usage is never covered by a
// commitment, so each anomaly's size is exactly the on-demand cost it adds.
import type { Account, Item } from './model.ts';
import { accountNamed, type Org } from './org.ts';
import { sageMakerTraining } from './catalog/services.ts';
import { region } from './catalog/regions.ts';
import { addInstance } from './instances.ts';
import type { ItemFactory } from './items.ts';
import type { Timeline } from './timeline.ts';
import { HOUR, type Grain } from './calendar.ts';

export type AnomalyKind = 'spike' | 'level-shift' | 'new-service';

export interface AnomalyDef {
  id: string;
  kind: AnomalyKind;
  account: Account;
  productCode: string;
  usageType: string | null;
  regionCode: string | null;
  start: number;
  end: number;
  description: string;
  /** Resources the anomaly added (level shift, new service); a spike has none of its own. */
  resourceIds: string[];
}

export const SPIKE_FACTOR = 12;

function required(org: Org, name: string): Account {
  const a = accountNamed(org, name);
  if (!a) throw new Error(`the organisation has no ${name} account`);
  return a;
}

export function injectAnomalies(f: ItemFactory, org: Org, tl: Timeline, grain: Grain, k: number): AnomalyDef[] {
  const defs: AnomalyDef[] = [];

  // Spike: payments' data transfer out, 6 hours in the afternoon (a whole day at daily grain).
  const payments = required(org, 'payments-prod');
  const dto = f.items.find((i) => i.account === payments && i.usageType?.endsWith('DataTransfer-Out-Bytes'));
  if (!dto) throw new Error('payments-prod has no data transfer meter');
  const day = tl.at(0.62);
  const spikeStart = grain === 'hourly' ? day + 13 * HOUR : day;
  const spikeEnd = grain === 'hourly' ? spikeStart + 6 * HOUR : day + 24 * HOUR;
  dto.spike = { anomalyId: 'spike-payments-data-transfer', start: spikeStart, end: spikeEnd, factor: SPIKE_FACTOR };
  defs.push({
    id: dto.spike.anomalyId, kind: 'spike', account: payments, productCode: dto.productCode, usageType: dto.usageType, regionCode: dto.region?.code ?? null,
    start: spikeStart, end: spikeEnd, description: `Data transfer out of payments-prod ×${SPIKE_FACTOR} (a runaway export job)`, resourceIds: [],
  });

  // Level shift: ml-research starts a g5 GPU fleet and keeps it.
  const ml = required(org, 'ml-research-prod');
  const shiftStart = tl.at(0.7);
  const usWest = region('us-west-2');
  const before = f.items.length;
  const gpus = Math.max(2, Math.round(k / 2));
  for (let i = 0; i < gpus; i++) {
    addInstance(f, { account: ml, region: usWest, type: 'g5.2xlarge', profile: { kind: 'always' }, project: 'training', name: `ml-research-gpu-${i + 1}`, volumeGb: 500, finding: 'ok', life: { start: shiftStart, end: tl.end } });
  }
  const fleet = f.items.slice(before);
  markInjected(fleet, 'level-shift-ml-research-gpu');
  defs.push({
    id: 'level-shift-ml-research-gpu', kind: 'level-shift', account: ml, productCode: 'AmazonEC2', usageType: fleet.find((i) => i.instanceType)?.usageType ?? null, regionCode: usWest.code,
    start: shiftStart, end: tl.end, description: `${gpus} g5.2xlarge instances (and their volumes) start in ml-research-prod and keep running`,
    resourceIds: resourceIdsOf(fleet),
  });

  // New-service surprise: SageMaker training appears in ml-research.
  const surpriseStart = tl.at(0.8);
  const training = f.resource(ml, [{ spec: sageMakerTraining(usWest, 'ml.g5.2xlarge', '1.515'), profile: { kind: 'always' } }], usWest, f.arn('sagemaker', usWest, ml, 'training-job/recsys-finetune'), 'training', null, { start: surpriseStart, end: tl.end });
  markInjected(training, 'new-service-sagemaker');
  defs.push({
    id: 'new-service-sagemaker', kind: 'new-service', account: ml, productCode: 'AmazonSageMaker', usageType: training[0]?.usageType ?? null, regionCode: usWest.code,
    start: surpriseStart, end: tl.end, description: 'Amazon SageMaker training (ml.g5.2xlarge) appears in ml-research-prod, which never used SageMaker',
    resourceIds: resourceIdsOf(training),
  });
  return defs;
}

function resourceIdsOf(items: Item[]): string[] {
  return [...new Set(items.flatMap((i) => (i.resourceId ? [i.resourceId] : [])))];
}

function markInjected(items: Item[], anomalyId: string): void {
  for (const item of items) item.anomalyId = anomalyId;
}
