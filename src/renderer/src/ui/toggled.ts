// Adding or removing one value of a set without mutating it: how every show/hide filter changes.

/** A copy of `set` with `value` removed when present, added when absent. */
export function toggled<T>(set: ReadonlySet<T>, value: T): ReadonlySet<T> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}
