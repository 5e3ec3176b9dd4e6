import { describe, expect, it } from 'vitest';
import { compareDeliveries, deliveryFolderOf, deliveryIdTime, deliveryKey, makeDelivery, manifestFoldersFor } from './delivery.ts';

const UUID = '3695a728-d559-40bd-ac30-ffc97b552489';

describe('delivery identity', () => {
  it('keys an id by the UUID it ends in, so a manifest id and an execution folder name agree', () => {
    expect(deliveryKey(UUID.toUpperCase())).toBe(UUID);
    expect(deliveryKey(`2024-05-18T20:16:37.306Z-${UUID}`)).toBe(UUID);
    expect(deliveryKey('20250307T053621Z')).toBe('20250307T053621Z');
  });

  it('reads the time an execution folder starts with', () => {
    expect(deliveryIdTime(`2024-05-18T20:16:37.306Z-${UUID}`)).toBe(Date.UTC(2024, 4, 18, 20, 16, 37, 306));
    expect(deliveryIdTime('20250307T053621Z-exec123')).toBe(Date.UTC(2025, 2, 7, 5, 36, 21));
    expect(deliveryIdTime(UUID)).toBeNull();
  });

  it('finds the delivery folder of the legacy CUR and Data Exports layouts, not a period folder', () => {
    expect(deliveryFolderOf(`/b/cur/r/20251101-20251201/${UUID}/r-1.csv.gz`)).toBe(UUID);
    expect(deliveryFolderOf('/b/cur/r/20251101-20251201/r-1.csv.gz')).toBeNull();
    expect(deliveryFolderOf(`/b/e/data/BILLING_PERIOD=2025-11/20251207T080000Z-${UUID}/e-00001.csv.gz`)).toBe(`20251207T080000Z-${UUID}`);
    expect(deliveryFolderOf('/b/e/data/BILLING_PERIOD=2025-11/e-00001.snappy.parquet')).toBeNull();
    expect(deliveryFolderOf('/home/me/nov.csv')).toBeNull();
  });

  it('looks for a manifest in the period folder, or under metadata/BILLING_PERIOD=', () => {
    expect(manifestFoldersFor(`/b/cur/r/20251101-20251201/${UUID}/r-1.csv.gz`)).toEqual([`/b/cur/r/20251101-20251201/${UUID}`, '/b/cur/r/20251101-20251201']);
    expect(manifestFoldersFor('/b/e/data/BILLING_PERIOD=2025-11/e-1.csv.gz')).toEqual(['/b/e/data/BILLING_PERIOD=2025-11', '/b/e/metadata/BILLING_PERIOD=2025-11']);
  });

  it('orders deliveries by the times their ids carry, else by their files', () => {
    const a = makeDelivery(`20251203T101500Z-${UUID}`, 'folder', 2000);
    const b = makeDelivery('20251207T080000Z-exec2', 'folder', 1000);
    expect(compareDeliveries(b, a)).toBeGreaterThan(0);
    expect(compareDeliveries(makeDelivery('x', 'folder', 2000), makeDelivery('y', 'folder', 1000))).toBeGreaterThan(0);
  });
});
