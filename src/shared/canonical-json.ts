// JSON whose text depends only on the value, never on the order its keys were set in: what makes a
// snapshot of the same state the same bytes, and lets two rows be compared by their text.
import { compareOrdinal } from './ordinal';
import { asRecord } from './json-object';

/**
 * `value` as JSON with every object's keys sorted (by code unit; JavaScript lists integer-like keys
 * first whatever the order, which is fixed too), indented by `indent` spaces (none: one line).
 */
export function canonicalJson(value: unknown, indent = 0): string {
  return JSON.stringify(value, sortedKeys, indent);
}

function sortedKeys(_key: string, value: unknown): unknown {
  const object = asRecord(value);
  if (object === null) return value;
  // Object.fromEntries defines own properties, so a key such as `__proto__` stays a key.
  return Object.fromEntries(Object.keys(object).sort(compareOrdinal).map((key) => [key, object[key]]));
}
