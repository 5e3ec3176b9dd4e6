// An Athena query with its ExecutionParameters written in, for a person to paste into the
// Athena console (which has no parameters box for a pasted query). Athena's parameters are
// already SQL literals (athenaLiteral), so each `?` outside quotes takes the next one as is.
// Only for reading: pulls always send the query and its parameters apart.

export function inlineAthenaParameters(query: string, params: readonly string[]): string {
  let out = '';
  let next = 0;
  let quote: string | null = null;
  for (const ch of query) {
    if (quote) {
      if (ch === quote) quote = null;
      out += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      out += ch;
    } else if (ch === '?' && next < params.length) {
      out += params[next++];
    } else out += ch;
  }
  return out;
}
