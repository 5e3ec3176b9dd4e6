// A refused form in the form's own words: which field, and what it should hold. Other errors
// (a name already taken…) as the usual notice.
import type { ApiError } from '../../../../core/api/errors.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';

const FIELD_LABEL: Record<string, string> = {
  name: 'Connection name',
  bucket: 'Bucket',
  prefix: 'Report folder',
  database: 'Database',
  table: 'Table',
  workgroup: 'Workgroup',
  catalog: 'Data catalog',
  outputLocation: 'Result location',
  billingAccountId: 'Payer account',
  groupBy: 'Group by',
  region: 'Region',
  endpointUrl: 'Endpoint URL',
  profile: 'AWS profile',
  keychainKeys: 'Keys in the keychain',
};

export function FormError({ error, title = 'Check the connection' }: { error: ApiError; title?: string }) {
  const issues = error.code === 'BAD_REQUEST' && Array.isArray(error.details?.issues) ? (error.details.issues as string[]) : null;
  if (!issues) return <ErrorNotice error={error} title={title} />;
  return (
    <div className="notice error" role="alert">
      <p className="notice-title">{title}</p>
      <ul className="file-list">
        {issues.map((line) => {
          // "connection.bucket: an S3 bucket name" -> "Bucket: an S3 bucket name"
          const m = /^(?:connection\.)?([A-Za-z]+)(?:\.\d+)?: (.*)$/.exec(line);
          return <li key={line}>{m ? `${FIELD_LABEL[m[1]!] ?? m[1]}: ${m[2]}` : line}</li>;
        })}
      </ul>
    </div>
  );
}
