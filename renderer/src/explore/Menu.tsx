// A small menu of actions that opens under a button: the keyboard way to do what dragging
// does. Arrow keys move, Enter picks, Escape closes and gives focus back to the button.
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface MenuItem {
  label: string;
  onSelect: () => void;
  disabled?: boolean;
  /** Why it is disabled, read as its tooltip. */
  hint?: string;
}

interface Props {
  label: string;
  items: MenuItem[];
  onClose: () => void;
  children?: ReactNode;
}

export function Menu({ label, items, onClose, children }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => {
    refs.current.find((b) => b && !b.disabled)?.focus();
    const outside = (e: MouseEvent) => {
      if (box.current && !box.current.contains(e.target as Node)) onClose();
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [onClose]);

  const onKeyDown = (e: KeyboardEvent) => {
    const enabled = refs.current.filter((b): b is HTMLButtonElement => !!b && !b.disabled);
    const at = enabled.indexOf(document.activeElement as HTMLButtonElement);
    let next: HTMLButtonElement | undefined;
    if (e.key === 'ArrowDown') next = enabled[(at + 1) % enabled.length];
    else if (e.key === 'ArrowUp') next = enabled[(at - 1 + enabled.length) % enabled.length];
    else if (e.key === 'Home') next = enabled[0];
    else if (e.key === 'End') next = enabled[enabled.length - 1];
    else if (e.key === 'Escape' || e.key === 'Tab') {
      if (e.key === 'Escape') e.preventDefault();
      onClose();
      return;
    }
    if (next) {
      e.preventDefault();
      next.focus();
    }
  };

  return (
    <div ref={box} className="menu" role="menu" aria-label={label} onKeyDown={onKeyDown}>
      {children}
      {items.map((item, i) => (
        <button
          key={item.label}
          ref={(b) => {
            refs.current[i] = b;
          }}
          type="button"
          role="menuitem"
          className="menu-item"
          disabled={item.disabled}
          title={item.hint}
          onClick={() => {
            onClose();
            item.onSelect();
          }}
        >
          {item.label}
        </button>
      ))}
    </div>
  );
}
