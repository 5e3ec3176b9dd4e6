// Where the rules stand (saved version, unsaved changes, the default rules) and what to do with
// them: save as a new version (Ctrl/Cmd+S), revert to the saved version, import or export JSON.
import { useRef } from 'react';
import { formatTimestamp } from '../format.ts';
import type { ChargebackRules, SavedChargebackRules } from './types.ts';
import { ownerSourceText } from './words.ts';
import { HiddenFileInput } from '../frame/HiddenFileInput.tsx';

interface Props {
  saved: SavedChargebackRules | null;
  /** The rules a workspace without saved ones starts from. */
  defaults: ChargebackRules | null;
  dirty: boolean;
  valid: boolean;
  busy: 'save' | 'import' | null;
  onSave: () => void;
  onRevert: () => void;
  onImport: (file: File) => void;
  onExport: () => void;
}

export function savedAtText(savedAt: string | null): string {
  return savedAt ? formatTimestamp(savedAt.includes('T') ? savedAt : savedAt.replace(' ', 'T') + 'Z') : '';
}

export function rulesStateText(saved: SavedChargebackRules | null, defaults: ChargebackRules | null, dirty: boolean): string {
  if (saved === null) return 'Reading the saved rules…';
  if (saved.version === 0) {
    if (dirty || !defaults) return 'Not saved yet';
    return `No rules saved yet: the default rules (${defaults.owner.chain.map(ownerSourceText).join(', then ')}; support shared in proportion)`;
  }
  const when = `version ${saved.version}, saved ${savedAtText(saved.savedAt)}${saved.savedBy ? ` by ${saved.savedBy}` : ''}`;
  return dirty ? `Unsaved changes to ${when}` : `Saved: ${when}`;
}

export function RulesBar({ saved, defaults, dirty, valid, busy, onSave, onRevert, onImport, onExport }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const canSave = saved !== null && valid && (dirty || saved.version === 0) && busy === null;
  return (
    <div className="rules-bar">
      <div className="section-head">
        <h2 id="rules-title">Rules</h2>
        <span className="grow" />
        <button type="button" className="primary" disabled={!canSave} aria-busy={busy === 'save'} onClick={onSave} title={valid ? 'Save these rules as a new version (Ctrl+S)' : 'Fix the rules marked below first'} aria-keyshortcuts="Control+S">
          {busy === 'save' ? 'Saving…' : saved && saved.version > 0 ? `Save as version ${saved.version + 1}` : 'Save rules'}
        </button>
        <button type="button" disabled={!dirty || !saved || saved.version === 0} onClick={onRevert} title="Go back to the saved version">
          Revert
        </button>
      </div>
      <div className="section-head">
        <span className={dirty ? 'small rules-state warn-text' : 'muted small rules-state'} data-testid="rules-state">
          {rulesStateText(saved, defaults, dirty)}
        </span>
        <span className="grow" />
        <HiddenFileInput inputRef={input} accept=".json,application/json" label="Chargeback rules file" testId="rules-file" onFile={(file) => onImport(file)} />
        <button type="button" disabled={busy !== null} aria-busy={busy === 'import'} onClick={() => input.current?.click()} title="Read rules from a JSON file and save them as a new version">
          {busy === 'import' ? 'Importing…' : 'Import rules…'}
        </button>
        <button type="button" disabled={!valid} onClick={onExport} title="Save the rules on screen as a JSON file (for chargeback --rules, or another workspace)">
          Export rules
        </button>
      </div>
    </div>
  );
}
