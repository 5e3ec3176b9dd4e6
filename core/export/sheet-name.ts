// Worksheet names Excel accepts: at most 31 characters, none of : \ / ? * [ ], not starting or
// ending with an apostrophe, unique ignoring case. Names come from user data (accounts, owners).
const SHEET_NAME_MAX = 31;

/** A sheet name Excel accepts, unique in `taken` (compared ignoring case); `taken` gets it. */
export function sheetName(wanted: string, taken: Set<string>, empty = '(none)'): string {
  const clean = wanted.replace(/[:\\/?*[\]]/g, '_').trim().slice(0, SHEET_NAME_MAX).replace(/^'+|'+$/g, '').trim() || empty;
  let name = clean;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${clean.slice(0, SHEET_NAME_MAX - String(i).length - 1)}~${i}`;
  taken.add(name.toLowerCase());
  return name;
}
