// The rule editor: who owns a line (owner chain), the shared-cost pools and their splits, the
// cost basis and what happens to credits; saved as a new version, imported from and exported to
// a JSON file. The draft is the editor's state; ChargebackView previews it as it changes.
import { useMemo } from 'react';
import type { PivotFields } from '../../../core/api/pivot-contract.ts';
import type { WorkbenchClient } from '../api/client.ts';
import { BASIS_HELP } from '../explore/labels.ts';
import { AccountOwners } from './AccountOwners.tsx';
import { dimensionNames, OwnerChain } from './OwnerChain.tsx';
import { PoolList } from './PoolList.tsx';
import type { Draft, DraftIssue } from './draft.ts';
import type { CreditTreatment } from './types.ts';
import { CREDIT_TREATMENTS } from './words.ts';
import { BasisSelect } from '../frame/BasisSelect.tsx';

interface Props {
  client: WorkbenchClient;
  draft: Draft;
  fields: PivotFields;
  issues: readonly DraftIssue[];
  owners: readonly string[];
  onChange: (draft: Draft) => void;
  /** The account → owner map changed: preview again. */
  onOwnersImported: () => void;
}

export function RulesEditor({ client, draft, fields, issues, owners, onChange, onOwnersImported }: Props) {
  const set = (patch: Partial<Draft>) => onChange({ ...draft, ...patch });
  const dimensions = useMemo(() => dimensionNames(fields), [fields]);
  return (
    <div className="rules-editor" data-testid="rules-editor">
      <OwnerChain chain={draft.chain} fields={fields} issues={issues} onChange={(chain) => set({ chain })} />
      {draft.chain.some((s) => s.kind === 'accountOwner') && <AccountOwners client={client} onChanged={onOwnersImported} />}
      <PoolList pools={draft.pools} dimensions={dimensions} owners={owners} issues={issues} onChange={(pools) => set({ pools })} />
      <fieldset className="rules-section">
        <legend>Cost and credits</legend>
        <div className="row">
          <BasisSelect value={draft.basis} onChange={(basis) => set({ basis })} />
          <label className="control">
            <span className="label">Credits and refunds</span>
            <select value={draft.credits} onChange={(e) => set({ credits: e.target.value as CreditTreatment })} title={CREDIT_TREATMENTS.find((c) => c.id === draft.credits)?.help}>
              {CREDIT_TREATMENTS.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
        </div>
        <p className="muted small">
          {draft.basis} cost: {BASIS_HELP[draft.basis]}. Credits: {CREDIT_TREATMENTS.find((c) => c.id === draft.credits)?.help}.
        </p>
      </fieldset>
    </div>
  );
}
