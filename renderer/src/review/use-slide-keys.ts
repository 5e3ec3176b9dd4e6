// PageUp / PageDown and the arrow keys move between slides while the focus is not in a field
// (a comment being typed, a select) or in the view list, which has its own arrow keys.
import { useEffect } from 'react';
import { NEXT_SLIDE_KEYS, PREVIOUS_SLIDE_KEYS } from './words.ts';

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.closest('nav, [role="toolbar"], summary') !== null;
}

export function useSlideKeys(enabled: boolean, move: (step: 1 | -1) => void): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || typingIn(e.target)) return;
      const step = NEXT_SLIDE_KEYS.has(e.key) ? 1 : PREVIOUS_SLIDE_KEYS.has(e.key) ? -1 : 0;
      if (step === 0) return;
      e.preventDefault();
      move(step);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, move]);
}
