// One shared-cost pool: its name, what it takes from the bill, and how it is split. Fixed
// percentages are typed per owner and must add up to 100; the sum is shown as they are typed,
// with what is missing or too much beside it.
import { Segmented } from '../explore/Segmented.tsx';
import { percentSum, type DraftIssue, type DraftPool, type DraftShare } from './draft.ts';
import { invalidProps, Issues } from './Issue.tsx';
import type { SplitMethod } from './types.ts';
import { POOL_KINDS, SPLIT_METHODS, type PoolKind } from './words.ts';

interface Props {
  pool: DraftPool;
  index: number;
  dimensions: readonly string[];
  /** Owners of the last preview, offered when typing a fixed share's owner. */
  owners: readonly string[];
  issues: readonly DraftIssue[];
  onChange: (pool: DraftPool) => void;
  moveButtons: React.ReactNode;
}

export function PoolEditor({ pool, index, dimensions, owners, issues, onChange, moveButtons }: Props) {
  const at = (what: string) => `pool.${pool.id}.${what}`;
  const set = (patch: Partial<DraftPool>) => onChange({ ...pool, ...patch });
  const setShare = (i: number, patch: Partial<DraftShare>) => set({ shares: pool.shares.map((s, j) => (j === i ? { ...s, ...patch } : s)) });
  const label = pool.name.trim() || `pool ${index + 1}`;
  const ownersList = `pool-owners-${pool.id}`;
  const sum = percentSum(pool.shares);

  return (
    <li className="pool" data-testid={`pool-${index}`} aria-label={`Pool ${label}`}>
      <div className="pool-head">
        <label className="control pool-name">
          <span className="label">Pool name</span>
          <input type="text" value={pool.name} aria-label={`Name of pool ${index + 1}`} onChange={(e) => set({ name: e.target.value })} {...invalidProps(issues, at('name'))} />
        </label>
        {moveButtons}
      </div>
      <div className="pool-match">
        <label className="control">
          <span className="label">Takes</span>
          <select aria-label={`What pool ${label} takes`} value={pool.kind} title={POOL_KINDS.find((k) => k.id === pool.kind)?.help} onChange={(e) => set({ kind: e.target.value as PoolKind })}>
            {POOL_KINDS.map((k) => (
              <option key={k.id} value={k.id} title={k.help}>
                {k.label}
              </option>
            ))}
          </select>
        </label>
        {pool.kind === 'accounts' && (
          <label className="control grow-control">
            <span className="label">Account ids</span>
            <input type="text" value={pool.accounts} placeholder="111111111111, 222222222222" aria-label={`Accounts of pool ${label}`} onChange={(e) => set({ accounts: e.target.value })} {...invalidProps(issues, at('match'))} />
          </label>
        )}
        {pool.kind === 'filter' && (
          <>
            <label className="control">
              <span className="label">Dimension</span>
              <select aria-label={`Dimension of pool ${label}`} value={pool.dimension} onChange={(e) => set({ dimension: e.target.value })}>
                {!dimensions.includes(pool.dimension) && <option value={pool.dimension}>{pool.dimension ? `${pool.dimension} (not in this workspace)` : 'Choose…'}</option>}
                {dimensions.map((d) => (
                  <option key={d} value={d}>
                    {d}
                  </option>
                ))}
              </select>
            </label>
            <label className="control grow-control">
              <span className="label">Values (separated by commas)</span>
              <input type="text" value={pool.values} aria-label={`Values of pool ${label}`} onChange={(e) => set({ values: e.target.value })} {...invalidProps(issues, at('match'))} />
            </label>
          </>
        )}
        {pool.kind !== 'accounts' && pool.kind !== 'filter' && <span className="muted small pool-kind-help">{POOL_KINDS.find((k) => k.id === pool.kind)?.help}</span>}
      </div>
      <Issues issues={issues} field={at('name')} />
      <Issues issues={issues} field={at('match')} />
      <div className="pool-split">
        <span className="label">Split</span>
        <Segmented<SplitMethod> label={`Split of pool ${label}`} options={SPLIT_METHODS} value={pool.method} onChange={(method) => set({ method })} />
        <span className="muted small">{SPLIT_METHODS.find((m) => m.id === pool.method)?.help}</span>
      </div>
      {pool.method !== 'fixed' ? (
        <label className="control among">
          <span className="label">Only among these owners (separated by commas; empty: every owner with direct cost)</span>
          <input type="text" value={pool.among} aria-label={`Owners pool ${label} is split among`} list={ownersList} onChange={(e) => set({ among: e.target.value })} />
        </label>
      ) : (
        <div className="shares">
          <table className="table shares-table" aria-label={`Fixed percentages of pool ${label}`}>
            <thead>
              <tr>
                <th scope="col">Owner</th>
                <th scope="col" className="num">
                  Percent
                </th>
                <th scope="col">
                  <span className="sr-only">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {pool.shares.map((s, i) => (
                <tr key={i}>
                  <td>
                    <input type="text" value={s.owner} list={ownersList} aria-label={`Owner ${i + 1} of pool ${label}`} onChange={(e) => setShare(i, { owner: e.target.value })} {...invalidProps(issues, at(`share.${i}`))} />
                  </td>
                  <td className="num">
                    <input type="text" inputMode="decimal" className="percent-input" value={s.percent} aria-label={`Percent for ${s.owner.trim() || `owner ${i + 1}`} in pool ${label}`} onChange={(e) => setShare(i, { percent: e.target.value })} {...invalidProps(issues, at(`share.${i}`))} />
                    <span aria-hidden="true"> %</span>
                  </td>
                  <td className="actions">
                    <button type="button" className="ghost icon" aria-label={`Remove ${s.owner.trim() || `owner ${i + 1}`} from pool ${label}`} onClick={() => set({ shares: pool.shares.filter((_, j) => j !== i) })}>
                      ✕
                    </button>
                    <Issues issues={issues} field={at(`share.${i}`)} />
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Total</th>
                <td className="num" data-testid={`pool-${index}-percent-sum`}>
                  {sum === null ? '—' : `${Number(sum.toFixed(6))} %`}
                </td>
                <td />
              </tr>
            </tfoot>
          </table>
          <button type="button" onClick={() => set({ shares: [...pool.shares, { owner: '', percent: '' }] })}>
            Add an owner
          </button>
          <Issues issues={issues} field={at('shares')} />
        </div>
      )}
      <datalist id={ownersList}>
        {owners.map((o) => (
          <option key={o} value={o} />
        ))}
      </datalist>
    </li>
  );
}
