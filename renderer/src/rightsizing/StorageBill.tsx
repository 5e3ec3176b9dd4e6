// What the bill shows of a volume, a snapshot or a stopped instance's volumes (rightsizeDetail's
// `bill`), in words: the days billed in the lookback and their cost, the GB-months, the first and
// last day billed, and the stopped instance the storage belongs to. The engine gives every figure.
import type { RightsizeDetail } from '../../../core/api/rightsizing-contract.ts';

type Bill = NonNullable<RightsizeDetail['bill']>;

const gbMonths = (v: number): string => `${v.toLocaleString('en-US', { maximumFractionDigits: 2 })} GB-months`;
const idList = (ids: readonly string[]): string => (ids.length <= 3 ? ids.join(', ') : `${ids.slice(0, 3).join(', ')} and ${ids.length - 3} more`);

/** `exactMoney` shows every decimal a day's cost has (a small volume's day is $0.0104, not $0.01). */
export function StorageBill({ bill: b, kind, sizeGB, money, exactMoney }: { bill: Bill; kind: RightsizeDetail['kind']; sizeGB: number | null; money: (v: number) => string; exactMoney: (v: number) => string }) {
  const first = b.days[0];
  const last = b.days[b.days.length - 1];
  const what = kind === 'snapshot' ? 'The snapshot' : b.resourceIds.length === 1 ? `The volume${kind === 'instance' ? ` ${b.resourceIds[0]}` : ''}` : `Its ${b.resourceIds.length} volumes (${idList(b.resourceIds)})`;
  const stopped = b.stoppedInstance;
  return (
    <ul className="rs-bill" data-testid="rs-detail-bill">
      {stopped && (
        <li data-testid="rs-bill-stopped">
          {kind === 'instance' ? 'This instance' : `Storage of ${stopped.resourceId} (${stopped.type}), which`} has not run since {stopped.lastRunning.slice(0, 10)}{' '}
          (its last billed instance-hour ended {stopped.lastRunning.slice(11, 16)} UTC){kind === 'instance' ? ', but its storage is still billed' : ''}.
        </li>
      )}
      {kind === 'instance' && !b.resourceIds.length ? (
        <li data-testid="rs-bill-days">No volume is counted as its storage.</li>
      ) : first && last ? (
        <li data-testid="rs-bill-days">
          {what} {b.resourceIds.length > 1 ? 'were' : 'was'} billed on {b.days.length === 1 ? '1 day' : `${b.days.length} days`} of the lookback ({first.day} to {last.day}):{' '}
          <strong>{money(b.cost)}</strong> in all, {exactMoney(last.cost)} on the last day.
        </li>
      ) : (
        <li data-testid="rs-bill-days">
          {what} {b.resourceIds.length > 1 ? 'were' : 'was'} not billed in the lookback ({b.from.slice(0, 10)} to {b.to.slice(0, 10)}).
        </li>
      )}
      {b.gbMonths > 0 && (
        <li data-testid="rs-bill-size">
          {sizeGB !== null ? `About ${Math.round(sizeGB).toLocaleString('en-US')} GB: ` : ''}
          {gbMonths(b.gbMonths)} billed in the lookback{last ? ` (${gbMonths(last.gbMonths)} on the last day)` : ''}.
        </li>
      )}
      {b.firstBilledDay && b.lastBilledDay && (
        <li data-testid="rs-bill-span">
          First billed {b.firstBilledDay}, last billed {b.lastBilledDay}, in the whole bill.
        </li>
      )}
    </ul>
  );
}
