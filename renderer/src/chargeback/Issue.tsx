// A problem in the rules, shown beside the field it belongs to (draft.ts names them). Polite
// live region: it changes as the person types, and must not interrupt them.
import { issuesAt, type DraftIssue } from './draft.ts';

export function issueId(field: string): string {
  return `issue-${field.replace(/[^\w-]/g, '-')}`;
}

export function Issues({ issues, field }: { issues: readonly DraftIssue[]; field: string }) {
  const here = issuesAt(issues, field);
  return (
    <p id={issueId(field)} className="field-issue" aria-live="polite" data-testid={issueId(field)} hidden={here.length === 0}>
      {here.map((i) => i.message).join(' ')}
    </p>
  );
}

/** aria-describedby / aria-invalid for a field with problems. */
export function invalidProps(issues: readonly DraftIssue[], field: string): { 'aria-invalid'?: true; 'aria-describedby'?: string } {
  return issuesAt(issues, field).length ? { 'aria-invalid': true, 'aria-describedby': issueId(field) } : {};
}
