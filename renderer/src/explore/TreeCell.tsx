// The first column of the pivot grid: the row's label, indented by level, with an open/close
// button on rows that have children. The grid owns keyboard focus (Enter or Space on the cell
// toggles, see PivotGrid; the row carries aria-expanded), so the button is for the mouse and
// stays out of the tab order.
import { keyText } from './pivot-columns.ts';
import type { GridRow } from './pivot-tree.ts';

interface Props {
  row: GridRow;
  rowDimensions: readonly string[];
  onToggle: (row: GridRow) => void;
}

export function TreeCell({ row, rowDimensions, onToggle }: Props) {
  if (row.kind === 'total') return <span className="tree-cell tree-total">{row.labels[0]}</span>;
  const label = keyText(rowDimensions[row.depth - 1], row.labels[row.depth - 1] ?? '');
  const action = row.expanded ? 'Collapse' : 'Expand';
  return (
    <span className="tree-cell" style={{ paddingLeft: `${(row.depth - 1) * 18}px` }} title={label}>
      {row.hasChildren ? (
        <button
          type="button"
          className={row.expanded ? 'tree-toggle open' : 'tree-toggle'}
          tabIndex={-1}
          aria-label={`${action} ${label}`}
          aria-expanded={row.expanded}
          disabled={row.loading}
          onClick={(e) => {
            e.stopPropagation();
            onToggle(row);
          }}
        >
          <span aria-hidden="true">›</span>
        </button>
      ) : (
        <span className="tree-spacer" aria-hidden="true" />
      )}
      <span className="tree-label">{label}</span>
      {row.loading && <span className="spinner" role="status" aria-label={`Loading the rows under ${label}`} />}
    </span>
  );
}
