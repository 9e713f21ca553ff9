// The space check before a large import: what it needs against the least that is free, and an
// unknown free space (a probe that fails) never blocks an import.
import { describe, expect, it } from 'vitest';
import { importShortfall, type SpaceProbes } from './import-space';

const MB = 1_000_000;

function probes(estimate: StorageEstimate | Error, disk: number | Error): SpaceProbes & { asked: number } {
  const answer = <T>(value: T | Error): Promise<T> => {
    result.asked++;
    return value instanceof Error ? Promise.reject(value) : Promise.resolve(value);
  };
  const result = { asked: 0, estimate: () => answer(estimate), freeDiskSpace: () => answer(disk) };
  return result;
}

describe('importShortfall', () => {
  it('leaves files under 1 MB alone without asking', async () => {
    const probe = probes({ quota: 10, usage: 10 }, 0);
    expect(await importShortfall(MB - 1, probe)).toBeNull();
    expect(probe.asked).toBe(0);
  });

  it('needs 6 bytes per byte of file and compares with the least that is free', async () => {
    // 10 MB of file: 60 MB needed. The quota leaves plenty; the disk has 14 MB.
    expect(await importShortfall(10 * MB, probes({ quota: 1_000 * MB, usage: 60 * MB }, 14 * MB))).toEqual({ needed: 60 * MB, free: 14 * MB });
    // The disk has room; the quota does not.
    expect(await importShortfall(10 * MB, probes({ quota: 50 * MB, usage: 20 * MB }, 500 * MB))).toEqual({ needed: 60 * MB, free: 30 * MB });
    expect(await importShortfall(10 * MB, probes({ quota: 50 * MB, usage: 60 * MB }, 500 * MB))).toEqual({ needed: 60 * MB, free: 0 });
    expect(await importShortfall(10 * MB, probes({ quota: 1_000 * MB, usage: 0 }, 61 * MB))).toBeNull();
  });

  it('takes what it can learn, and lets the import go when it learns nothing', async () => {
    const failed = new Error('The durable copy is not built yet.');
    expect(await importShortfall(10 * MB, probes({ quota: 20 * MB, usage: 0 }, failed))).toEqual({ needed: 60 * MB, free: 20 * MB });
    expect(await importShortfall(10 * MB, probes(failed, 20 * MB))).toEqual({ needed: 60 * MB, free: 20 * MB });
    expect(await importShortfall(10 * MB, probes({}, Number.NaN))).toBeNull();
    expect(await importShortfall(10 * MB, probes(failed, failed))).toBeNull();
  });
});
