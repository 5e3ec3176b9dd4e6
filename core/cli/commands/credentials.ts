// Access keys in the OS keychain. The secret is read from stdin, never from the command line
// (where other users' `ps` and the shell history would see it), and never printed.
import type { Command } from 'commander';
import { validateRequest } from '../../api/validate.ts';
import { deleteAwsKeys, listAwsKeys, saveAwsKeys } from '../../sources/index.ts';
import { printJson, say } from '../output.ts';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function registerCredentials(program: Command): void {
  const cred = program.command('credentials').description('AWS access keys saved in the OS keychain (use them with --keychain-keys NAME).');
  cred
    .command('set')
    .description('Save access keys: the secret access key (and a session token on a second line) are read from stdin.')
    .requiredOption('--name <name>', 'a name for these keys')
    .requiredOption('--access-key-id <id>', 'the access key id')
    .option('--json', 'print the result as JSON on stdout')
    .action(async (o: { name: string; accessKeyId: string; json?: boolean }) => {
      if (process.stdin.isTTY) say('Secret access key (then Ctrl-D):');
      const [secret = '', token = ''] = (await readStdin()).split(/\r?\n/).map((l) => l.trim());
      const req = validateRequest('awsKeysSave', { name: o.name, accessKeyId: o.accessKeyId, secretAccessKey: secret, ...(token ? { sessionToken: token } : {}) });
      saveAwsKeys(req.name, { accessKeyId: req.accessKeyId, secretAccessKey: req.secretAccessKey, ...(req.sessionToken ? { sessionToken: req.sessionToken } : {}) });
      if (o.json) return printJson({ name: req.name, accessKeyId: req.accessKeyId });
      say(`saved keys ${req.name} (${req.accessKeyId}) in the OS keychain`);
    });
  cred
    .command('list')
    .description('Names of saved keys and their access key ids.')
    .option('--json', 'print as JSON on stdout')
    .action((o: { json?: boolean }) => {
      const keys = listAwsKeys();
      if (o.json) return printJson({ keys });
      for (const k of keys) say(`${k.name}  ${k.accessKeyId}`);
      if (keys.length === 0) say('no keys saved');
    });
  cred
    .command('delete')
    .description('Remove saved keys from the OS keychain.')
    .requiredOption('--name <name>', 'the keys to remove')
    .option('--json', 'print as JSON on stdout')
    .action((o: { name: string; json?: boolean }) => {
      const deleted = deleteAwsKeys(o.name);
      if (o.json) return printJson({ name: o.name, deleted });
      say(deleted ? `deleted keys ${o.name}` : `no keys named ${o.name}`);
    });
}
