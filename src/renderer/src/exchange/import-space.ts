// Before a large import, the space it will take against the space that is free, so an import that
// would fill the disk is refused with numbers, importing nothing, instead of letting the browser
// fail half-way (a full disk during a write can cost Chromium's whole IndexedDB store: issue 9).
import { veritag } from '../veritag-bridge';

/** Set files from this size on are checked; smaller ones cost little next to what a disk keeps free. */
const CHECKED_FROM_BYTES = 1_000_000;

/**
 * Bytes of disk an import takes per byte of set file. Measured (Chromium 156, browser-mode e2e on a
 * tmpfs): a 20,000-annotation native set of 10,044,942 bytes took 34,380,603 bytes more of
 * `navigator.storage.estimate().usage` (3.42 per byte) and 34.7 MB more of the disk, most of it
 * IndexedDB's log before compaction (18.6 MB once the browser had closed). Rounded up to 3.5, so the
 * estimate is on the safe side; a W3C JSON-LD file is larger for the same annotations, safer still.
 */
const DISK_BYTES_PER_FILE_BYTE = 3.5;

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
