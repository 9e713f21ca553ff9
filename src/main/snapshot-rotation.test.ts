// Rotation: the 10 newest snapshots, plus the newest of each UTC day for 30 days; older ones go.
import { describe, expect, it } from 'vitest';
import { snapshotsToKeep } from './snapshot-rotation';

const NOW = new Date('2026-12-31T12:00:00Z');
const at = (day: string, time = '12:00:00'): string => `${day}T${time}.000Z`;

describe('snapshotsToKeep', () => {
  it('keeps every snapshot while there are at most 10', () => {
    const snapshots = Array.from({ length: 10 }, (_, i) => ({ id: `s${i}`, at: at('2025-01-01', `0${i}:00:00`) }));
    expect([...snapshotsToKeep(snapshots, NOW)].sort()).toEqual(snapshots.map((s) => s.id).sort());
  });

  it('keeps the 10 newest and the newest of each of the last 30 UTC days, today included', () => {
    const snapshots = [
      { id: 'old-day', at: at('2026-12-01') }, // 30 days before today: out of the window
      { id: 'day-2-early', at: at('2026-12-02', '00:00:00') },
      { id: 'day-2-late', at: at('2026-12-02', '23:59:59') }, // first day of the window, its newest
      { id: 'day-20', at: at('2026-12-20') },
      ...Array.from({ length: 12 }, (_, i) => ({ id: `today-${String(i).padStart(2, '0')}`, at: at('2026-12-31', `${String(i).padStart(2, '0')}:00:00`) })),
    ];
    const kept = snapshotsToKeep(snapshots, NOW);
    expect([...kept].sort()).toEqual(['day-2-late', 'day-20', ...Array.from({ length: 10 }, (_, i) => `today-${String(i + 2).padStart(2, '0')}`)].sort());
  });

  it('keeps nothing of an empty list, and ignores a snapshot without a readable time for the days', () => {
    expect(snapshotsToKeep([], NOW).size).toBe(0);
    const snapshots = [{ id: 'undated', at: 'not a time' }, ...Array.from({ length: 10 }, (_, i) => ({ id: `n${i}`, at: at('2026-12-31') }))];
    expect(snapshotsToKeep(snapshots, NOW).has('undated')).toBe(false);
  });
});
