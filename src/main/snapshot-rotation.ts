// Which snapshots the durable copy keeps: the newest few, and the newest of each UTC day for a
// month, so that both the last hour's work and last week's state can be restored.

export interface DatedSnapshot {
  id: string;
  /** When its last change was made (RFC 3339). */
  at: string;
}

interface RotationPolicy {
  /** How many of the newest snapshots are kept whatever their day. */
  newest: number;
  /** For how many UTC days (today included) the newest snapshot of each day is kept. */
  days: number;
}

const ROTATION: RotationPolicy = { newest: 10, days: 30 };

const DAY_MS = 24 * 60 * 60 * 1000;

/** The ids to keep of `snapshots`, given oldest first (as their names sort), at time `now`. */
export function snapshotsToKeep(snapshots: readonly DatedSnapshot[], now: Date, policy: RotationPolicy = ROTATION): Set<string> {
  const keep = new Set(snapshots.slice(Math.max(0, snapshots.length - policy.newest)).map((s) => s.id));
  const firstDay = utcDay(new Date(now.getTime() - (policy.days - 1) * DAY_MS));
  const newestOfDay = new Map<string, string>();
  for (const snapshot of snapshots) {
    const time = new Date(snapshot.at);
    if (Number.isNaN(time.getTime())) continue;
    const day = utcDay(time);
    if (day >= firstDay) newestOfDay.set(day, snapshot.id);
  }
  for (const id of newestOfDay.values()) keep.add(id);
  return keep;
}

/** `YYYY-MM-DD` of the time in UTC (these strings sort as the days do). */
const utcDay = (time: Date): string => time.toISOString().slice(0, 10);
