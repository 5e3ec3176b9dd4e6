// The shared-cost pools, in order: a line belongs to the first pool it matches, else to its owner.
import { useState } from 'react';
import { blankPool, type DraftIssue, type DraftPool } from './draft.ts';
import { MoveButtons } from './MoveButtons.tsx';
import { PoolEditor } from './PoolEditor.tsx';
import { POOL_KINDS, type PoolKind } from './words.ts';

interface Props {
  pools: DraftPool[];
  dimensions: readonly string[];
  owners: readonly string[];
  issues: readonly DraftIssue[];
  onChange: (pools: DraftPool[]) => void;
}

export function PoolList({ pools, dimensions, owners, issues, onChange }: Props) {
  const [kind, setKind] = useState<PoolKind>('tax');
  return (
    <fieldset className="rules-section">
      <legend>Shared-cost pools</legend>
      <p className="muted small">A line goes to the first pool that takes it, and the pool is split among the owners; other lines stay with their owner.</p>
      {pools.length === 0 ? (
        <p className="muted" data-testid="no-pools">
          No pools: every line stays with its owner, and lines without one are unallocated.
        </p>
      ) : (
        <ol className="pools">
          {pools.map((p, i) => (
            <PoolEditor
              key={p.id}
              pool={p}
              index={i}
              dimensions={dimensions}
              owners={owners}
              issues={issues}
              onChange={(next) => onChange(pools.map((x) => (x.id === p.id ? next : x)))}
              moveButtons={<MoveButtons what={`pool ${p.name.trim() || i + 1}`} index={i} count={pools.length} items={pools} onChange={onChange} />}
            />
          ))}
        </ol>
      )}
      <div className="row center add-pool">
        <label className="control">
          <span className="label">New pool takes</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as PoolKind)}>
            {POOL_KINDS.map((k) => (
              <option key={k.id} value={k.id}>
                {k.label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => onChange([...pools, uniqueName(blankPool(kind), pools)])} disabled={pools.length >= 50}>
          Add a pool
        </button>
      </div>
    </fieldset>
  );
}

/** "Tax", then "Tax 2": two pools may not share a name. */
function uniqueName(pool: DraftPool, pools: readonly DraftPool[]): DraftPool {
  const taken = new Set(pools.map((p) => p.name.trim()));
  let name = pool.name;
  for (let n = 2; taken.has(name); n++) name = `${pool.name} ${n}`;
  return { ...pool, name };
}
