// The field list: every dimension this workspace can be sliced by (time buckets, FOCUS and
// provider columns that hold data, the tag keys on its lines). Drag a field onto Rows, Columns
// or Filters; or press Enter on it and pick where it goes.
import { useMemo, useRef, useState, type DragEvent } from 'react';
import type { PivotFieldColumn, PivotFields, PivotSpec } from '../../../core/api/pivot-contract.ts';
import { formatCount } from '../format.ts';
import { dimensionLabel, tagRef } from './labels.ts';
import { Menu } from './Menu.tsx';
import { zoneOf, type Zone } from './spec-edit.ts';

export const FIELD_MIME = 'application/x-finops-field';

export interface Placement {
  place: (ref: string, zone: Zone) => void;
  filter: (ref: string) => void;
}

interface Props extends Placement {
  fields: PivotFields;
  spec: PivotSpec;
}

interface Field {
  ref: string;
  label: string;
  hint?: string;
}

const SLOW = 'Pivots on it read the line items, so they take longer on a large workspace.';

function columnHint(c: PivotFieldColumn): string | undefined {
  if (!c.filled) return 'No line has a value here.';
  return c.fast ? undefined : SLOW;
}

export function startFieldDrag(e: DragEvent, ref: string, from: Zone | 'filters' | null): void {
  e.dataTransfer.setData(FIELD_MIME, JSON.stringify({ ref, from }));
  e.dataTransfer.setData('text/plain', ref);
  e.dataTransfer.effectAllowed = 'move';
}

export function FieldList({ fields, spec, place, filter }: Props) {
  const [search, setSearch] = useState('');
  const [showEmpty, setShowEmpty] = useState(false);
  const groups = useMemo(() => {
    const text = fields.columns.filter((c) => c.type === 'VARCHAR');
    const shown = text.filter((c) => showEmpty || c.filled);
    return [
      { title: 'Time', items: fields.timeBuckets.map((t) => ({ ref: t, label: dimensionLabel(t, spec.grain) })) },
      { title: 'FOCUS columns', items: shown.filter((c) => !c.provider).map((c) => ({ ref: c.name, label: c.name, hint: columnHint(c) })) },
      { title: 'Provider columns', items: shown.filter((c) => c.provider).map((c) => ({ ref: c.name, label: c.name, hint: columnHint(c) })) },
      { title: 'Tags', items: fields.tagKeys.map((t) => ({ ref: tagRef(t.key), label: t.key === '' ? '(empty key)' : t.key, hint: `On ${formatCount(t.lines)} line items. ${SLOW}` })) },
    ];
  }, [fields, spec.grain, showEmpty]);
  const emptyCount = fields.columns.filter((c) => c.type === 'VARCHAR' && !c.filled).length;
  const needle = search.trim().toLowerCase();

  return (
    <aside className="field-list" aria-labelledby="fields-title">
      <h2 id="fields-title">Fields</h2>
      <input type="search" placeholder="Find a field" aria-label="Find a field" value={search} onChange={(e) => setSearch(e.target.value)} />
      <p className="muted small">Drag a field to Rows, Columns or Filters, or press Enter on it.</p>
      {groups.map((g) => {
        const items = g.items.filter((f) => !needle || f.label.toLowerCase().includes(needle) || f.ref.toLowerCase().includes(needle));
        if (items.length === 0) return null;
        return (
          <section key={g.title} aria-label={g.title}>
            <h3>{g.title}</h3>
            <ul>
              {items.map((f) => (
                <FieldItem key={f.ref} field={f} where={zoneOf(spec, f.ref)} filtered={spec.filters.some((x) => x.dimension === f.ref)} place={place} filter={filter} />
              ))}
            </ul>
          </section>
        );
      })}
      {g0Empty(groups, needle) && <p className="muted small">No field matches “{search}”.</p>}
      {emptyCount > 0 && (
        <button type="button" className="link small" onClick={() => setShowEmpty(!showEmpty)}>
          {showEmpty ? 'Hide columns without data' : `Show ${emptyCount} columns without data`}
        </button>
      )}
    </aside>
  );
}

function g0Empty(groups: { items: Field[] }[], needle: string): boolean {
  return needle !== '' && groups.every((g) => !g.items.some((f) => f.label.toLowerCase().includes(needle) || f.ref.toLowerCase().includes(needle)));
}

function FieldItem({ field, where, filtered, place, filter }: { field: Field; where: Zone | null; filtered: boolean } & Placement) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const status = [where === 'rows' ? 'in rows' : where === 'columns' ? 'in columns' : null, filtered ? 'filtered' : null].filter(Boolean).join(', ');
  return (
    <li className="field-item" draggable onDragStart={(e) => startFieldDrag(e, field.ref, null)}>
      <button ref={button} type="button" className={where ? 'field placed' : 'field'} aria-haspopup="menu" aria-expanded={open} title={field.hint} onClick={() => setOpen(!open)}>
        <span className="field-name">{field.label}</span>
        {status && <span className="field-status">{status}</span>}
      </button>
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
    </li>
  );
}
