// The view list. Arrow keys move between entries, Enter or Space opens one, Alt+1..9 jump.
import { useRef, type KeyboardEvent } from 'react';
import type { ViewDef } from '../views.ts';

interface Props {
  views: readonly ViewDef[];
  current: string;
  onSelect: (id: string) => void;
}

export function Nav({ views, current, onSelect }: Props) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    let next: number | null = null;
    if (e.key === 'ArrowDown') next = (index + 1) % views.length;
    else if (e.key === 'ArrowUp') next = (index - 1 + views.length) % views.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = views.length - 1;
    if (next !== null) {
      e.preventDefault();
      refs.current[next]?.focus();
    }
  };

  return (
    <nav className="nav" aria-label="Views">
      <ul>
        {views.map((v, i) => (
          <li key={v.id}>
            <button
              ref={(el) => {
                refs.current[i] = el;
              }}
              type="button"
              className={v.id === current ? 'nav-item current' : 'nav-item'}
              aria-current={v.id === current ? 'page' : undefined}
              tabIndex={v.id === current ? 0 : -1}
              onClick={() => onSelect(v.id)}
              onKeyDown={(e) => onKeyDown(e, i)}
              title={`${v.label} (Alt+${i + 1})`}
            >
              <span className="nav-label">{v.label}</span>
              {!v.built && <span className="nav-badge">soon</span>}
              <kbd className="nav-key" aria-hidden="true">
                {i + 1}
              </kbd>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
