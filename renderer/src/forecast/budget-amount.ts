// A budget amount as a person types it: digits, an optional "." and at most two decimals, with
// thousands separators and a leading "$" tolerated. Anything else is refused, never guessed:
// "12.500" could be twelve and a half or twelve thousand five hundred.
export function parseAmount(text: string): number | null {
  const t = text.trim().replace(/^\$/, '').replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return null;
  const v = Number(t);
  return v > 0 ? v : null;
}
