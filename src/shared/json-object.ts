// Reading parsed JSON of unknown shape without trusting it: an object is a plain record (never an
// array or null) and a property counts only when it is the object's own, never an inherited one.

/** The value as a record when it is a JSON object, else null. */
export function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/** An own property of an object (never one inherited from a prototype, such as `constructor`), else undefined. */
export function own(value: unknown, key: string): unknown {
  const object = asRecord(value);
  return object !== null && Object.hasOwn(object, key) ? object[key] : undefined;
}
