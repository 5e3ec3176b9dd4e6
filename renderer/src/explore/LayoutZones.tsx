// Rows, Columns and Filters: where the fields of the pivot sit. Fields are dropped here (before
// the chip they land on, or at the end), chips are dragged to reorder or move; each chip's menu
// does the same from the keyboard, and sets a top N or the filter values.
import { useRef, useState, type DragEvent } from 'react';
import type { PivotFilter, PivotSpec } from '../../../core/api/pivot-contract.ts';
import { FIELD_MIME, startFieldDrag } from './FieldList.tsx';
import { dimensionLabel, isTimeBucket } from './labels.ts';
import { Menu, type MenuItem } from './Menu.tsx';
import { LIMITS, topNOf, type Zone } from './spec-edit.ts';

export interface ZoneActions {
  place: (ref: string, zone: Zone, index?: number) => void;
  remove: (ref: string) => void;
  shift: (ref: string, by: -1 | 1) => void;
  topN: (ref: string, n: number | null) => void;
  editFilter: (ref: string) => void;
  removeFilter: (ref: string) => void;
}

const TOP_CHOICES = [5, 10, 20, 50];

function dropped(e: DragEvent): { ref: string; from: Zone | 'filters' | null } | null {
  const raw = e.dataTransfer.getData(FIELD_MIME);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as { ref: string; from: Zone | 'filters' | null };
  } catch {
    return null;
  }
}

function useDropTarget(onDrop: (ref: string, from: Zone | 'filters' | null) => void) {
  const [over, setOver] = useState(false);
  return {
    over,
    props: {
      onDragOver: (e: DragEvent) => {
        if (!e.dataTransfer.types.includes(FIELD_MIME)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        setOver(true);
      },
      onDragLeave: () => setOver(false),
      onDrop: (e: DragEvent) => {
        setOver(false);
        const d = dropped(e);
        if (!d) return;
        e.preventDefault();
        e.stopPropagation();
        onDrop(d.ref, d.from);
      },
    },
  };
}

export function LayoutZones({ spec, actions }: { spec: PivotSpec; actions: ZoneActions }) {
  return (
    <div className="zones">
      <DimensionZone zone="rows" title="Rows" spec={spec} actions={actions} />
      <DimensionZone zone="columns" title="Columns" spec={spec} actions={actions} />
      <FilterZone spec={spec} actions={actions} />
    </div>
  );
}

function DimensionZone({ zone, title, spec, actions }: { zone: Zone; title: string; spec: PivotSpec; actions: ZoneActions }) {
  const list = spec[zone];
  const target = useDropTarget((ref) => actions.place(ref, zone));
  return (
    <div className={target.over ? 'zone over' : 'zone'} {...target.props} data-testid={`zone-${zone}`} role="group" aria-label={title}>
      <span className="zone-title">{title}</span>
      {list.length === 0 && <span className="zone-empty">{zone === 'rows' ? 'Drop fields here to break spend down' : 'Drop a field here (e.g. a month)'}</span>}
      {list.map((ref, i) => (
        <Chip key={ref} refName={ref} zone={zone} index={i} count={list.length} spec={spec} actions={actions} />
      ))}
      {list.length >= LIMITS[zone] && <span className="zone-empty">full ({LIMITS[zone]})</span>}
    </div>
  );
}

function Chip({ refName, zone, index, count, spec, actions }: { refName: string; zone: Zone; index: number; count: number; spec: PivotSpec; actions: ZoneActions }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const label = dimensionLabel(refName, spec.grain);
  const top = topNOf(spec, refName);
  // dropped on this chip: goes before it (a chip moving later in its own zone leaves a gap first)
  const target = useDropTarget((ref) => {
    const from = spec[zone].indexOf(ref);
    actions.place(ref, zone, from >= 0 && from < index ? index - 1 : index);
  });
  const other: Zone = zone === 'rows' ? 'columns' : 'rows';
  const items: MenuItem[] = [
    { label: 'Move earlier', onSelect: () => actions.shift(refName, -1), disabled: index === 0 },
    { label: 'Move later', onSelect: () => actions.shift(refName, 1), disabled: index === count - 1 },
    { label: `Move to ${other}`, onSelect: () => actions.place(refName, other), disabled: spec[other].length >= LIMITS[other] },
  ];
  if (!isTimeBucket(refName)) {
    items.push({ label: 'Show all values', onSelect: () => actions.topN(refName, null), disabled: top === null });
    for (const n of TOP_CHOICES) items.push({ label: `Show top ${n}, rest as Other`, onSelect: () => actions.topN(refName, n), disabled: top === n });
  }
  items.push({ label: 'Filter values…', onSelect: () => actions.editFilter(refName) }, { label: 'Remove', onSelect: () => actions.remove(refName) });
  return (
    <span className={target.over ? 'chip over' : 'chip'} draggable onDragStart={(e) => startFieldDrag(e, refName, zone)} {...target.props}>
      <button
        ref={button}
        type="button"
        className="chip-label"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={`${label} in ${zone}${top ? `, top ${top}` : ''}: options`}
        onClick={() => setOpen(!open)}
      >
        {label}
        {top !== null && <span className="chip-badge">top {top}</span>}
      </button>
      <button type="button" className="chip-remove" aria-label={`Remove ${label} from ${zone}`} onClick={() => actions.remove(refName)}>
        ×
      </button>
      {open && (
        <Menu
          label={`${label} options`}
          items={items}
          onClose={() => {
            setOpen(false);
            button.current?.focus();
          }}
        />
      )}
    </span>
  );
}

function filterSummary(f: PivotFilter): string {
  const n = f.values.length;
  const what = n === 1 ? (f.values[0] === null ? '(none)' : `“${f.values[0]}”`) : `${n} values`;
  return f.op === 'notIn' ? `not ${what}` : what;
}

function FilterZone({ spec, actions }: { spec: PivotSpec; actions: ZoneActions }) {
  const target = useDropTarget((ref) => actions.editFilter(ref));
  return (
    <div className={target.over ? 'zone over' : 'zone'} {...target.props} data-testid="zone-filters" role="group" aria-label="Filters">
      <span className="zone-title">Filters</span>
      {spec.filters.length === 0 && <span className="zone-empty">Drop a field here to keep only some values</span>}
      {spec.filters.map((f) => {
        const label = dimensionLabel(f.dimension, spec.grain);
        return (
          <span key={f.dimension} className="chip filter-chip">
            <button type="button" className="chip-label" aria-label={`Filter ${label}: ${filterSummary(f)}. Change`} onClick={() => actions.editFilter(f.dimension)}>
              {label}: <span className="chip-badge">{filterSummary(f)}</span>
            </button>
            <button type="button" className="chip-remove" aria-label={`Remove the filter on ${label}`} onClick={() => actions.removeFilter(f.dimension)}>
              ×
            </button>
          </span>
        );
      })}
    </div>
  );
}
