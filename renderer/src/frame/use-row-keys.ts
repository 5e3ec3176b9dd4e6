// Keyboard for a list with one open row (Anomalies, Rightsizing): the arrow keys, Home and End move
// the open row and focus it (selection follows focus, so a detail follows the keyboard), Enter
// opens the detail. Rows register themselves with `rowRef(id)`.
import { useRef, type KeyboardEvent } from 'react';

export function useRowKeys(ids: readonly string[], active: string | null, onSelect: (id: string) => void, onOpen: () => void) {
  const rows = useRef(new Map<string, HTMLTableRowElement>());
  const rowRef = (id: string) => (el: HTMLTableRowElement | null) => {
    if (el) rows.current.set(id, el);
    else rows.current.delete(id);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey || active === null) return;
    const at = ids.indexOf(active);
    let next: string | undefined;
    if (e.key === 'ArrowDown') next = ids[Math.min(ids.length - 1, at + 1)];
    else if (e.key === 'ArrowUp') next = ids[Math.max(0, at - 1)];
    else if (e.key === 'Home') next = ids[0];
    else if (e.key === 'End') next = ids[ids.length - 1];
    else if (e.key === 'Enter') {
      e.preventDefault();
      return onOpen();
    } else return;
    e.preventDefault();
    if (next === undefined) return;
    onSelect(next);
    rows.current.get(next)?.focus();
  };
  return { rowRef, onKeyDown };
}
