// A hand-built workspace for the Anomalies e2e, with two known anomalies whose numbers are worked
// out by hand (core/engines/anomaly/SPEC.md: expected = median of the same weekday in the 4 weeks
// before, σ = 1.4826 × MAD of 8 weeks floored at 5% of expected and $1, band = expected ± 4σ).
// 120 days from Monday 2026-01-05 (through 2026-05-04), every day:
//   prod     Amazon EC2  BoxUsage:m5.large $80, DataTransfer-Out-Bytes $20
//   staging  Amazon EC2  BoxUsage:m5.large $40, DataTransfer-Out-Bytes $10
//   dev      Amazon S3   TimedStorage-ByteHrs $30
// The spike: on 2026-03-26 (day 80) staging's instance i-0spiky sends $600 of data out. The
// DataTransfer-Out-Bytes series expects $30 (σ floored to $1.50, score 400): actual $630, impact
// $600, 2,000%; its causes are staging, Amazon EC2, us-east-1 and i-0spiky ($600 each; prod $0).
// The new service: Amazon SageMaker (Train:ml.g5, prod) at $50 a day from 2026-04-15 (day 100):
// 14 days expecting $0, then 6 days expecting the median of [50, 50, 0, 0] = $25; actual $1,000,
// expected $150, impact $850, 566.7%. By impact the new service comes first, the spike second.
import { Workspace } from '../../../core/store/workspace.ts';
import { daily, dayAt, insertCharges } from '../../support/daily-charges.ts';

export const FIRST_DAY = '2026-01-05';
export const DAYS = 120;
export const SPIKE_DAY = dayAt(FIRST_DAY, 80);
export const NEW_SERVICE_DAY = dayAt(FIRST_DAY, 100);
const LAST_DAY = dayAt(FIRST_DAY, DAYS - 1);

export async function spikeAndNewService(path: string): Promise<void> {
  const ws = await Workspace.open(path);
  try {
    const dt = 'DataTransfer-Out-Bytes';
    await insertCharges(ws, [
      ...daily(FIRST_DAY, LAST_DAY, () => 80, { account: 'prod' }),
      ...daily(FIRST_DAY, LAST_DAY, () => 20, { account: 'prod', usageType: dt }),
      ...daily(FIRST_DAY, LAST_DAY, () => 40, { account: 'staging' }),
      ...daily(FIRST_DAY, LAST_DAY, () => 10, { account: 'staging', usageType: dt }),
      ...daily(FIRST_DAY, LAST_DAY, () => 30, { account: 'dev', service: 'Amazon S3', usageType: 'TimedStorage-ByteHrs' }),
      { day: SPIKE_DAY, cost: 600, account: 'staging', usageType: dt, resource: 'i-0spiky' },
      ...daily(FIRST_DAY, LAST_DAY, (_d, _wd, i) => (i >= 100 ? 50 : null), { account: 'prod', service: 'Amazon SageMaker', usageType: 'Train:ml.g5' }),
    ]);
  } finally {
    ws.close();
  }
}
