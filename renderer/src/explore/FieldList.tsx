// The field list: every dimension this workspace can be sliced by (time buckets, FOCUS and
// provider columns that hold data, the tag keys and AWS cost categories on its lines). Drag a field onto Rows, Columns
// or Filters; or press Enter on it and pick where it goes. From the keyboard it is one tab stop
// (an ARIA listbox with a group per kind of field): arrow keys, Home/End and type-ahead move
// inside, so Tab goes past a hundred fields in one press.
import { useId, useMemo, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { PivotFields, PivotSpec } from '../../../core/api/pivot-contract.ts';
import { fieldGroups, type Field } from './field-groups.ts';
import { Menu } from './Menu.tsx';
import { zoneOf, type Zone } from './spec-edit.ts';
import { useRovingFocus, type RovingFocus } from './use-roving-focus.ts';

export const FIELD_MIME = 'application/x-finops-field';

export interface Placement {
  place: (ref: string, zone: Zone) => void;
  filter: (ref: string) => void;
}

interface Props extends Placement {
  fields: PivotFields;
  spec: PivotSpec;
}

export function startFieldDrag(e: DragEvent, ref: string, from: Zone | 'filters' | null): void {
  e.dataTransfer.setData(FIELD_MIME, JSON.stringify({ ref, from }));
  e.dataTransfer.setData('text/plain', ref);
  e.dataTransfer.effectAllowed = 'move';
}

export function FieldList({ fields, spec, place, filter }: Props) {
  const [search, setSearch] = useState('');
  const [showEmpty, setShowEmpty] = useState(false);
  const groups = useMemo(() => fieldGroups(fields, { grain: spec.grain, showEmpty, withTime: true }), [fields, spec.grain, showEmpty]);
  const emptyCount = fields.columns.filter((c) => c.type === 'VARCHAR' && !c.filled).length;
  const needle = search.trim().toLowerCase();
  const shown = groups.map((g) => ({ ...g, items: g.items.filter((f) => !needle || f.label.toLowerCase().includes(needle) || f.ref.toLowerCase().includes(needle)) }));
  const flat = shown.flatMap((g) => g.items);
  const labels = new Map(flat.map((f) => [f.ref, f.label]));
  const roving = useRovingFocus(
    flat.map((f) => f.ref),
    (ref) => labels.get(ref) ?? ref,
  );

  return (
    <aside className="field-list" aria-labelledby="fields-title">
      <h2 id="fields-title">Fields</h2>
      <input type="search" placeholder="Find a field" aria-label="Find a field" value={search} onChange={(e) => setSearch(e.target.value)} />
      <p className="muted small">Drag a field to Rows, Columns or Filters, or press Enter on it. Arrow keys move through the list.</p>
      {flat.length > 0 && (
        <div role="listbox" aria-label="Fields" className="field-listbox" onKeyDown={roving.onKeyDown}>
          {shown.map((g) =>
            g.items.length === 0 ? null : (
              <div key={g.title} role="group" aria-labelledby={`field-group-${g.title.replace(/\W+/g, '-')}`}>
                <div role="presentation" className="field-group-title" id={`field-group-${g.title.replace(/\W+/g, '-')}`}>
                  {g.title}
                </div>
                {g.items.map((f) => (
                  <FieldItem key={f.ref} field={f} where={zoneOf(spec, f.ref)} filtered={spec.filters.some((x) => x.dimension === f.ref)} place={place} filter={filter} roving={roving} />
                ))}
              </div>
            ),
          )}
        </div>
      )}
      {needle !== '' && flat.length === 0 && <p className="muted small">No field matches “{search}”.</p>}
      {emptyCount > 0 && (
        <button type="button" className="link small" onClick={() => setShowEmpty(!showEmpty)}>
          {showEmpty ? 'Hide columns without data' : `Show ${emptyCount} columns without data`}
        </button>
      )}
    </aside>
  );
}

function FieldItem({ field, where, filtered, place, filter, roving }: { field: Field; where: Zone | null; filtered: boolean; roving: RovingFocus } & Placement) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const item = roving.itemProps(field.ref);
  const close = () => {
    setOpen(false);
    document.getElementById(id)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ' || e.key === 'ArrowRight') {
      e.preventDefault();
      e.stopPropagation();
      setOpen(true);
    }
  };
  const status = [where === 'rows' ? 'in rows' : where === 'columns' ? 'in columns' : null, filtered ? 'filtered' : null].filter(Boolean).join(', ');
  return (
    <div className="field-item" draggable onDragStart={(e) => startFieldDrag(e, field.ref, null)}>
      <div
        {...item}
        id={id}
        role="option"
        aria-selected={roving.active === field.ref}
        className={where ? 'field placed' : 'field'}
        title={field.hint}
        onClick={() => setOpen(!open)}
        onKeyDown={onKeyDown}
      >
        <span className="field-name">{field.label}</span>
        {status && <span className="field-status">{status}</span>}
      </div>
      {open && (
        <Menu
          label={`Add ${field.label}`}
          onClose={close}
          items={[
            { label: 'Add to rows', onSelect: () => place(field.ref, 'rows'), disabled: where === 'rows' },
            { label: 'Add to columns', onSelect: () => place(field.ref, 'columns'), disabled: where === 'columns' },
            { label: 'Filter by…', onSelect: () => filter(field.ref) },
          ]}
        />
      )}
    </div>
  );
}
