// Who owns a line: the owner sources in order, the first with a value wins (tag Team, then the
// account's owner). Tag keys, cost categories and dimensions are picked from the workspace.
import type { PivotFields } from '../../../core/api/pivot-contract.ts';
import type { DraftIssue } from './draft.ts';
import { invalidProps, Issues } from './Issue.tsx';
import { MoveButtons } from './MoveButtons.tsx';
import type { OwnerSource } from './types.ts';
import { OWNER_SOURCE_KINDS, ownerSourceText, type OwnerSourceKind } from './words.ts';

interface Props {
  chain: OwnerSource[];
  fields: PivotFields;
  issues: readonly DraftIssue[];
  onChange: (chain: OwnerSource[]) => void;
}

export function dimensionNames(fields: PivotFields): string[] {
  return fields.columns.filter((c) => c.type === 'VARCHAR' && c.filled).map((c) => c.name);
}

function sourceOf(kind: OwnerSourceKind, fields: PivotFields): OwnerSource {
  switch (kind) {
    case 'tag':
      return { kind, key: fields.tagKeys[0]?.key ?? '' };
    case 'costCategory':
      return { kind, name: fields.costCategories[0]?.name ?? '' };
    case 'dimension':
      return { kind, dimension: 'SubAccountName' };
    case 'accountOwner':
      return { kind };
    case 'kubernetes':
      return { kind };
  }
}

/** Options of a picker: the workspace's names, plus the chosen one when the workspace lacks it (rules from a file). */
function options(names: readonly string[], chosen: string): { value: string; label: string }[] {
  const list = names.map((n) => ({ value: n, label: n === '' ? '(empty key)' : n }));
  if (chosen && !names.includes(chosen)) list.unshift({ value: chosen, label: `${chosen} (not in this workspace)` });
  if (!chosen) list.unshift({ value: '', label: 'Choose…' });
  return list;
}

function ValuePicker({ source, fields, index, onChange }: { source: OwnerSource; fields: PivotFields; index: number; onChange: (s: OwnerSource) => void }) {
  const pick = (label: string, names: string[], chosen: string, set: (v: string) => OwnerSource) => (
    <label className="control">
      <span className="label">{label}</span>
      <select aria-label={`${label} of owner source ${index + 1}`} value={chosen} onChange={(e) => onChange(set(e.target.value))}>
        {options(names, chosen).map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
  switch (source.kind) {
    case 'tag':
      return pick('Tag key', fields.tagKeys.map((t) => t.key), source.key, (key) => ({ kind: 'tag', key }));
    case 'costCategory':
      return pick('Cost category', fields.costCategories.map((c) => c.name), source.name, (name) => ({ kind: 'costCategory', name }));
    case 'dimension':
      return pick('Dimension', dimensionNames(fields), source.dimension, (dimension) => ({ kind: 'dimension', dimension }));
    case 'kubernetes':
      return (
        <label className="control">
          <span className="label">Cluster (optional)</span>
          <input type="text" aria-label={`Cluster of owner source ${index + 1}`} value={source.cluster ?? ''} placeholder="every cluster" onChange={(e) => onChange(e.target.value.trim() ? { kind: 'kubernetes', cluster: e.target.value } : { kind: 'kubernetes' })} />
        </label>
      );
    case 'accountOwner':
      return null;
  }
}

export function OwnerChain({ chain, fields, issues, onChange }: Props) {
  const set = (i: number, s: OwnerSource) => onChange(chain.map((x, j) => (j === i ? s : x)));
  return (
    <fieldset className="rules-section" aria-describedby="owner-chain-help">
      <legend>Owner</legend>
      <p id="owner-chain-help" className="muted small">
        Each line goes to the owner named by the first source that has a value for it.
      </p>
      <ol className="chain" data-testid="owner-chain">
        {chain.map((s, i) => (
          <li key={i} className="chain-item" data-testid={`owner-source-${i}`}>
            <span className="chain-step muted small">{i === 0 ? 'First' : 'Then'}</span>
            <label className="control">
              <span className="label">Source</span>
              <select aria-label={`Owner source ${i + 1}`} value={s.kind} title={OWNER_SOURCE_KINDS.find((k) => k.id === s.kind)?.help} onChange={(e) => set(i, sourceOf(e.target.value as OwnerSourceKind, fields))} {...invalidProps(issues, `chain.${i}`)}>
                {OWNER_SOURCE_KINDS.map((k) => (
                  <option key={k.id} value={k.id}>
                    {k.label}
                  </option>
                ))}
              </select>
            </label>
            <ValuePicker source={s} fields={fields} index={i} onChange={(v) => set(i, v)} />
            <MoveButtons what={`owner source ${i + 1} (${ownerSourceText(s)})`} index={i} count={chain.length} items={chain} onChange={onChange} />
            <Issues issues={issues} field={`chain.${i}`} />
          </li>
        ))}
      </ol>
      <Issues issues={issues} field="chain" />
      <button type="button" onClick={() => onChange([...chain, { kind: 'accountOwner' }])} disabled={chain.length >= 8}>
        Add a fallback source
      </button>
    </fieldset>
  );
}
