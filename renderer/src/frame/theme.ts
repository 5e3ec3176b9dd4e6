// Light and dark themes: the user's choice, or the system's when they made none.
export type ThemeChoice = 'system' | 'light' | 'dark';
const KEY = 'finops-workbench.theme';

export function loadThemeChoice(): ThemeChoice {
  const v = localStorage.getItem(KEY);
  return v === 'light' || v === 'dark' ? v : 'system';
}

export function resolvedTheme(choice: ThemeChoice): 'light' | 'dark' {
  if (choice !== 'system') return choice;
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function applyTheme(choice: ThemeChoice): void {
  document.documentElement.dataset.theme = resolvedTheme(choice);
  if (choice === 'system') localStorage.removeItem(KEY);
  else localStorage.setItem(KEY, choice);
}

export function nextTheme(choice: ThemeChoice): ThemeChoice {
  return choice === 'system' ? (resolvedTheme('system') === 'dark' ? 'light' : 'dark') : choice === 'dark' ? 'light' : 'dark';
}
