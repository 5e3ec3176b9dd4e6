// One CSV field (RFC 4180). Spreadsheets run a cell that starts like a formula, and labels are
// user data (tag values, resource ids): such a field gets a leading apostrophe.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replaceAll('"', '""')}"` : safe;
}
