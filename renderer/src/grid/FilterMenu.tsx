// A column's filter: one condition (an operator and its value, two for a range), applied with
// Enter or Apply, cleared with Reset. Drawn over the page (a portal) so the grid's scrolling box
// does not cut it; Escape closes it without closing what the grid sits in.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { createPortal } from 'react-dom';
import type { FilterKind, FilterModel } from './grid-model.ts';

export const FILTER_LABELS: Record<string, string> = {
  contains: 'Contains',
  notContains: 'Does not contain',
  equals: 'Equals',
  notEqual: 'Does not equal',
  startsWith: 'Begins with',
  endsWith: 'Ends with',
  greaterThan: 'Greater than',
  greaterThanOrEqual: 'Greater than or equal to',
  lessThan: 'Less than',
  lessThanOrEqual: 'Less than or equal to',
  inRange: 'Between',
  blank: 'Blank',
  notBlank: 'Not blank',
};
const NO_VALUE = new Set(['blank', 'notBlank']);
const MENU_WIDTH = 240;

interface Props {
  column: string;
  kind: FilterKind;
  options: readonly string[];
  model: FilterModel | null;
  anchor: DOMRect;
  onApply: (model: FilterModel | null) => void;
  /** Closed without applying: by Escape (the focus goes back to the header) or a click elsewhere (it stays there). */
  onClose: (returnFocus: boolean) => void;
}

export function FilterMenu({ column, kind, options, model, anchor, onApply, onClose }: Props) {
  const [type, setType] = useState(model?.type ?? options[0]!);
  const [from, setFrom] = useState(String((kind === 'date' ? model?.dateFrom?.slice(0, 10) : model?.filter) ?? ''));
  const [to, setTo] = useState(String((kind === 'date' ? model?.dateTo?.slice(0, 10) : model?.filterTo) ?? ''));
  const box = useRef<HTMLFormElement>(null);

  // the current handler, without re-running the effects when the grid draws again
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    box.current?.querySelector<HTMLElement>('select, input')?.focus();
    const away = (e: MouseEvent) => {
      if (!box.current?.contains(e.target as Node)) close.current(false);
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!NO_VALUE.has(type) && from === '') return onApply(null);
    const range = type === 'inRange';
    if (kind === 'date') onApply({ filterType: kind, type, dateFrom: from ? `${from} 00:00:00` : null, dateTo: range && to ? `${to} 00:00:00` : null });
    else if (kind === 'number') onApply({ filterType: kind, type, filter: from === '' ? null : Number(from), filterTo: range && to !== '' ? Number(to) : null });
    else onApply({ filterType: kind, type, filter: from });
  };
  const inputType = kind === 'number' ? 'number' : kind === 'date' ? 'date' : 'text';
  const left = Math.max(8, Math.min(anchor.right - MENU_WIDTH, window.innerWidth - MENU_WIDTH - 8));

  return createPortal(
    <form
      ref={box}
      className="dg-filter-menu card"
      role="dialog"
      aria-label={`Filter ${column}`}
      style={{ top: anchor.bottom + 4, left, width: MENU_WIDTH }}
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose(true);
        }
      }}
    >
      <select aria-label="Condition" value={type} onChange={(e) => setType(e.target.value)}>
        {options.map((o) => (
          <option key={o} value={o}>
            {FILTER_LABELS[o] ?? o}
          </option>
        ))}
      </select>
      {!NO_VALUE.has(type) && <input type={inputType} step="any" aria-label={type === 'inRange' ? 'From' : 'Value'} value={from} onChange={(e) => setFrom(e.target.value)} />}
      {type === 'inRange' && <input type={inputType} step="any" aria-label="To" value={to} onChange={(e) => setTo(e.target.value)} />}
      <div className="row">
        <button type="button" onClick={() => onApply(null)}>
          Reset
        </button>
        <span className="grow" />
        <button type="submit" className="primary">
          Apply
        </button>
      </div>
    </form>,
    document.body,
  );
}
