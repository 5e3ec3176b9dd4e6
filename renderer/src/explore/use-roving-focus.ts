// Roving tabindex over a flat list of ids: one tab stop for the whole list (the active item),
// arrow keys, Home/End and type-ahead move inside it. The active id follows the list when it
// changes (a search narrows it), so there is always exactly one item reachable by Tab.
import { useCallback, useRef, useState, type KeyboardEvent } from 'react';

export interface RovingFocus {
  active: string | null;
  /** Props for each item: its tabIndex, a ref to focus it, and focus tracking. */
  itemProps: (id: string) => { tabIndex: 0 | -1; ref: (el: HTMLElement | null) => void; onFocus: () => void };
  onKeyDown: (e: KeyboardEvent) => void;
}

export function useRovingFocus(ids: readonly string[], labelOf: (id: string) => string): RovingFocus {
  const [chosen, setChosen] = useState<string | null>(null);
  const elements = useRef(new Map<string, HTMLElement>());
  const active = chosen !== null && ids.includes(chosen) ? chosen : (ids[0] ?? null);

  const move = useCallback(
    (id: string | undefined) => {
      if (id === undefined) return;
      setChosen(id);
      elements.current.get(id)?.focus();
    },
    [],
  );

  const onKeyDown = (e: KeyboardEvent) => {
    // keys meant for something inside an item (its open menu) are not moves in the list
    if (e.altKey || e.ctrlKey || e.metaKey || active === null || e.defaultPrevented || !ids.some((id) => elements.current.get(id) === e.target)) return;
    const at = ids.indexOf(active);
    let next: string | undefined;
    if (e.key === 'ArrowDown') next = ids[Math.min(ids.length - 1, at + 1)];
    else if (e.key === 'ArrowUp') next = ids[Math.max(0, at - 1)];
    else if (e.key === 'Home') next = ids[0];
    else if (e.key === 'End') next = ids[ids.length - 1];
    else if (e.key.length === 1 && /\S/.test(e.key)) {
      // type-ahead: the next item (after the active one, wrapping) whose label starts with the key
      const k = e.key.toLowerCase();
      const order = [...ids.slice(at + 1), ...ids.slice(0, at + 1)];
      next = order.find((id) => labelOf(id).toLowerCase().startsWith(k));
      if (next === undefined) return;
    } else return;
    e.preventDefault();
    move(next);
  };

  const itemProps = (id: string) => ({
    tabIndex: (id === active ? 0 : -1) as 0 | -1,
    ref: (el: HTMLElement | null) => {
      if (el) elements.current.set(id, el);
      else elements.current.delete(id);
    },
    onFocus: () => setChosen(id),
  });

  return { active, itemProps, onKeyDown };
}
