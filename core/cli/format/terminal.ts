// How wide human output may be. Human output goes to stderr: its width when it is a terminal,
// else $COLUMNS when set (scripts, tests), else a conventional 100 characters.
export const DEFAULT_WIDTH = 100;
const NARROWEST = 40;

export function terminalWidth(stream: { isTTY?: boolean; columns?: number } = process.stderr, env: NodeJS.ProcessEnv = process.env): number {
  if (stream.isTTY && stream.columns) return Math.max(NARROWEST, stream.columns);
  const n = Number(env.COLUMNS);
  if (Number.isInteger(n) && n > 0) return Math.max(NARROWEST, n);
  return DEFAULT_WIDTH;
}
