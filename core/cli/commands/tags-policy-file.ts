// Reading a policy file named on the command line: an AWS Organizations tag policy, or a policy
// in this app's own form ({"kind": "tagPolicy", ...}). Unreadable input is a coded error naming the file.
import { existsSync, readFileSync } from 'node:fs';
import { ErrorCode, WorkbenchError } from '../../api/errors.ts';
import { importAwsTagPolicy } from '../../engines/tags/aws-tag-policy.ts';
import { TagsErrorCode } from '../../engines/tags/errors.ts';
import { parseTagPolicy, POLICY_KIND, type TagPolicy } from '../../engines/tags/policy.ts';
import { expandHome } from '../paths.ts';

/** The parsed JSON of a policy file. */
export function readPolicyJson(file: string): unknown {
  const path = expandHome(file);
  if (!existsSync(path)) throw new WorkbenchError(ErrorCode.BAD_REQUEST, `No file at ${file}. Give the path of a tag policy JSON file.`);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new WorkbenchError(TagsErrorCode.TAGS_BAD_POLICY, `${file} is not JSON (${(err as Error).message}). Give an AWS Organizations tag policy file; nothing was changed.`, { file });
  }
}

/** A policy file in either form, as a TagPolicy. */
export function readPolicyFile(file: string): TagPolicy {
  const doc = readPolicyJson(file);
  const ours = typeof doc === 'object' && doc !== null && (doc as { kind?: unknown }).kind === POLICY_KIND;
  return ours ? parseTagPolicy(doc, `tag policy in ${file}`) : importAwsTagPolicy(doc);
}
