// The engine's notices above the result: a filter value or tag key that matches no line, a
// period without data, filters that select nothing. Each suggestion is a button that applies it.
import type { PivotNotice, PivotSpec } from '../../../core/api/pivot-contract.ts';
import { applySuggestion, canApply } from './notice-fix.ts';

interface Props {
  notices: PivotNotice[];
  spec: PivotSpec;
  onApply: (spec: PivotSpec) => void;
}

export function PivotNotices({ notices, spec, onApply }: Props) {
  if (notices.length === 0) return null;
  return (
    <div className="pivot-notices" data-testid="pivot-notices">
      {notices.map((n) => (
        <div key={`${n.code}:${n.dimension ?? ''}:${n.value ?? ''}`} className="notice warn" role="note" data-code={n.code}>
          <p>{n.message}</p>
          {canApply(n) && n.suggestions.length > 0 && (
            <p className="notice-actions">
              {n.suggestions.map((s) => (
                <button key={s} type="button" onClick={() => onApply(applySuggestion(spec, n, s))}>
                  Use “{s}”
                </button>
              ))}
            </p>
          )}
        </div>
      ))}
    </div>
  );
}
