import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkbenchError } from '../api/errors.ts';
import { checkUploadName, UploadStore } from './upload.ts';

describe('checkUploadName', () => {
  it('accepts plain file names', () => {
    for (const n of ['cur-2024-09.csv.gz', 'FOCUS export (1).parquet', 'données.csv']) expect(checkUploadName(n)).toBe(n);
  });
  it('refuses paths, hidden files, control characters and missing names', () => {
    for (const n of ['../x.csv', 'a/b.csv', 'a\\b.csv', '.bashrc', 'x\u0000.csv', 'x\n.csv', ' x.csv', '', null, 'x'.repeat(201)]) {
      expect(() => checkUploadName(n), String(n)).toThrow(WorkbenchError);
    }
  });
});

describe('UploadStore.mask', () => {
  it('puts the user’s file name where a temp path would show', () => {
    const store = new UploadStore();
    const files = (store as unknown as { files: Map<string, string> }).files;
    files.set('/tmp/up/u-1/cur.csv.gz', 'cur.csv.gz');
    const err = store.mask(new WorkbenchError('INGEST_TRUNCATED_GZIP', '/tmp/up/u-1/cur.csv.gz: cut short', { file: '/tmp/up/u-1/cur.csv.gz' }));
    expect(err.message).toBe('cur.csv.gz (uploaded): cut short');
    expect(err.details).toEqual({ file: 'cur.csv.gz (uploaded)' });
    expect(store.mask({ files: [{ path: '/tmp/up/u-1/cur.csv.gz', rows: 2 }] })).toEqual({ files: [{ path: 'cur.csv.gz (uploaded)', rows: 2 }] });
    store.dispose();
  });

  it('drops the temp folders of uploads already discarded (a failed attempt in the history)', () => {
    const store = new UploadStore();
    const old = join(tmpdir(), 'finops-workbench-uploads-Ab12Cd', 'u-Xy9876', 'cur.csv.gz');
    expect(store.mask({ message: `${old}: cut short`, paths: [old] })).toEqual({ message: 'cur.csv.gz: cut short', paths: ['cur.csv.gz'] });
    store.dispose();
  });
});
