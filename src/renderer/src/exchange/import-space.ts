// Before a large import, the space it will take against the space that is free, so an import that
// would fill the disk is refused with numbers, importing nothing, instead of letting the browser
// fail half-way (a full disk during a write can cost Chromium's whole IndexedDB store: issue 9).
import { veritag } from '../veritag-bridge';

/** Set files from this size on are checked; smaller ones cost little next to what a disk keeps free. */
const CHECKED_FROM_BYTES = 1_000_000;

/**
 * Bytes of disk an import takes per byte of set file, at its fullest. Measured (Chromium 156,
 * browser-mode e2e on a tmpfs, free space sampled every 20 ms): a 20,000-annotation native set of
 * 10,044,942 bytes took, at the peak, 3.0 to 4.9 times its size in 9 runs (IndexedDB's log, then
 * the tables a compaction writes before the log goes); `navigator.storage.estimate().usage` grew
 * 1.9 or 3.3–3.5 times (before or after that compaction). 6 leaves a margin over the worst run
 * (e2e/faults/import-space.spec.ts checks it); a W3C JSON-LD file is larger for the same
 * annotations, so safer still.
 */
const DISK_BYTES_PER_FILE_BYTE = 6;

/** Where free space is learnt: the browser's storage estimate and the main process's disk. */
export interface SpaceProbes {
  estimate: () => Promise<StorageEstimate>;
  freeDiskSpace: () => Promise<number>;
}

const appProbes = (): SpaceProbes => ({
  estimate: () => navigator.storage.estimate(),
  freeDiskSpace: () => veritag().freeDiskSpace(),
});

export interface SpaceShortfall {
  /** Bytes the import is expected to take. */
  needed: number;
  /** Bytes free: the least of the storage quota left and the disk's free space. */
  free: number;
}

/** A number, or null for a probe that failed or answered nonsense (unknown, never a refusal). */
const known = async (probe: () => Promise<number | null>): Promise<number | null> => {
  const value = await probe().catch(() => null);
  return value !== null && Number.isFinite(value) && value >= 0 ? value : null;
};

/** The space an import of `fileBytes` needs when more than is free; null when it fits or nothing is known. */
export async function importShortfall(fileBytes: number, probes: SpaceProbes = appProbes()): Promise<SpaceShortfall | null> {
  if (fileBytes < CHECKED_FROM_BYTES) return null;
  const [quotaLeft, diskFree] = await Promise.all([
    known(async () => {
      const { quota, usage } = await probes.estimate();
      return quota === undefined || usage === undefined ? null : Math.max(0, quota - usage);
    }),
    known(probes.freeDiskSpace),
  ]);
  const frees = [quotaLeft, diskFree].filter((value) => value !== null);
  if (frees.length === 0) return null;
  const needed = Math.ceil(fileBytes * DISK_BYTES_PER_FILE_BYTE);
  const free = Math.min(...frees);
  return needed > free ? { needed, free } : null;
}
