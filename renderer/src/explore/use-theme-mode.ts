// The resolved app theme (light or dark) as state: charts need it to pick colours, and the
// theme is switched by the frame, which sets data-theme on <html>.
import { useEffect, useState } from 'react';

export type ThemeMode = 'light' | 'dark';

function current(): ThemeMode {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}

export function useThemeMode(): ThemeMode {
  const [mode, setMode] = useState<ThemeMode>(current);
  useEffect(() => {
    const observer = new MutationObserver(() => setMode(current()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => observer.disconnect();
  }, []);
  return mode;
}

/** A colour variable of the app theme, as the browser resolves it now. */
export function themeColor(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}
