// One cluster under review: pick or write the canonical form, tick the variants that become it,
// see the cost that would move and all-keys coverage before and after, then accept (an alias is
// stored) or cancel. The preview runs again whenever the choice changes.
import { useEffect, useId, useState } from 'react';
import type { ApiError } from '../../../core/api/errors.ts';
import type { TagAuditSpec } from '../../../core/api/tags-contract.ts';
import type { WorkbenchClient } from '../api/client.ts';
import { ErrorNotice } from '../data/ErrorNotice.tsx';
import { formatValue } from '../explore/number-format.ts';
import { toError } from '../frame/use-workspace.ts';
import { previewAlias } from './alias-api.ts';
import type { AliasPreview } from './alias-types.ts';
import { aliasRequest, choiceProblem, suggestedChoice, toggleVariant, withCanonical, type Candidate } from './merge-model.ts';

interface Props {
  client: WorkbenchClient;
  candidate: Candidate;
  spec: TagAuditSpec;
  currency: string | null;
  busy: boolean;
  onAccept: (request: ReturnType<typeof aliasRequest>) => void;
  onCancel: () => void;
}

const shown = (v: string) => (v === '' ? '(blank)' : v.trim() !== v ? `"${v}"` : v);

function Share({ value }: { value: number | null }) {
  return value === null ? <span className="muted">no cost</span> : <strong>{formatValue(value, 'ratio', null)}</strong>;
}

export function MergeEditor({ client, candidate, spec, currency, busy, onAccept, onCancel }: Props) {
  const [choice, setChoice] = useState(() => suggestedChoice(candidate));
  const [preview, setPreview] = useState<AliasPreview | null>(null);
  const [previewError, setPreviewError] = useState<ApiError | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const name = useId();
  const problem = choiceProblem(choice);
  const request = aliasRequest(candidate, choice);
  const requestKey = JSON.stringify(request);
  const what = candidate.kind === 'key' ? 'key' : `value of ${candidate.key}`;
  // the engine measures the key the alias is about: a value alias's key, a key alias's target
  const coveredKey = candidate.kind === 'value' ? candidate.key : choice.to;
  const typed = !candidate.variants.some((v) => v.name === choice.to);

  useEffect(() => {
    if (problem) {
      setPreview(null);
      return;
    }
    let live = true;
    setPreviewing(true);
    previewAlias(client, request, spec).then(
      (p) => live && (setPreview(p), setPreviewError(null), setPreviewing(false)),
      (err: unknown) => live && (setPreview(null), setPreviewError(toError(err)), setPreviewing(false)),
    );
    return () => {
      live = false;
    };
    // requestKey stands for the request; the spec's settings are in the dependency list as JSON
  }, [client, requestKey, JSON.stringify(spec), problem]);

  return (
    <div className="merge-editor" data-testid="merge-editor" onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <fieldset>
        <legend>Canonical {what}: the form every ticked variant becomes</legend>
        <table className="table merge-variants">
          <thead>
            <tr>
              <th scope="col">Canonical</th>
              <th scope="col">Merge</th>
              <th scope="col">{candidate.kind === 'key' ? 'Key as written' : 'Value as written'}</th>
              <th scope="col" className="num">
                Cost
              </th>
            </tr>
          </thead>
          <tbody>
            {candidate.variants.map((v) => (
              <tr key={v.name}>
                <td>
                  <input type="radio" name={name} aria-label={`Make ${shown(v.name)} the canonical form`} checked={choice.to === v.name} onChange={() => setChoice(withCanonical(candidate, choice, v.name))} />
                </td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Merge ${shown(v.name)}`}
                    checked={choice.from.includes(v.name)}
                    disabled={choice.to === v.name}
                    onChange={() => setChoice(toggleVariant(choice, v.name))}
                  />
                </td>
                <td>
                  <code className="variant-name">{shown(v.name)}</code>
                  {v.name === candidate.suggested && <span className="muted small"> suggested</span>}
                </td>
                <td className="num">{formatValue(v.cost, 'money', currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <label className="merge-typed">
          <span className="label">Or write the canonical form</span>
          <input type="text" value={typed ? choice.to : ''} placeholder={choice.to} onChange={(e) => setChoice(withCanonical(candidate, choice, e.target.value === '' ? candidate.suggested : e.target.value))} />
        </label>
      </fieldset>
      {problem && (
        <p className="notice warn" role="note">
          {problem}
        </p>
      )}
      {previewError && <ErrorNotice error={previewError} title="Could not preview this merge" />}
      {!problem && (
        <div className="merge-preview" data-testid="merge-preview" aria-busy={previewing} aria-live="polite">
          <h4>Preview</h4>
          {previewing && !preview ? (
            <p className="muted">
              <span className="spinner" aria-hidden="true" /> Working out what would move…
            </p>
          ) : preview ? (
            <>
              <ul className="moves">
                {preview.moves.map((m) => (
                  <li key={`${m.from}→${m.to}`}>
                    <code>{shown(m.from)}</code> → <code>{shown(m.to)}</code>: <span className="num">{formatValue(m.cost, 'money', currency)}</span> moves
                  </li>
                ))}
                {preview.moves.length === 0 && <li className="muted">No cost moves: no line of this period carries these variants.</li>}
              </ul>
              <p data-testid="merge-coverage">
                Coverage of <code>{coveredKey}</code> (share of all cost carrying it): <Share value={preview.coverageBefore} /> now, <Share value={preview.coverageAfter} /> after the merge.
              </p>
            </>
          ) : null}
        </div>
      )}
      <div className="row">
        <button type="button" className="primary" disabled={problem !== null || busy} aria-busy={busy} onClick={() => onAccept(request)}>
          {busy ? 'Saving…' : 'Accept merge'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <span className="muted small">The loaded tags stay as they were: an alias is a layer every report reads through, and removing it restores them.</span>
      </div>
    </div>
  );
}
