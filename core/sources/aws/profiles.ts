// Profile names from the shared AWS files (~/.aws/config `[profile x]` and `[default]`,
// ~/.aws/credentials `[x]`), or the files AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE name.
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';

function sections(text: string): string[] {
  return [...text.matchAll(/^\s*\[([^\]]+)\]\s*$/gm)].map((m) => m[1]!.trim());
}

export async function listProfiles(env: NodeJS.ProcessEnv = process.env): Promise<string[]> {
  const config = env.AWS_CONFIG_FILE || join(homedir(), '.aws', 'config');
  const creds = env.AWS_SHARED_CREDENTIALS_FILE || join(homedir(), '.aws', 'credentials');
  const names = new Set<string>();
  for (const s of sections(await readFile(config, 'utf8').catch(() => ''))) {
    if (s === 'default') names.add(s);
    else if (s.startsWith('profile ')) names.add(s.slice('profile '.length).trim());
  }
  for (const s of sections(await readFile(creds, 'utf8').catch(() => ''))) names.add(s);
  return [...names].sort();
}
