// A value from a file quoted back in a message ("[[[[… is not a label"): the start of its JSON
// text, written without recursion and only as far as is shown, so a value nested 100,000 deep or
// a 10 MB string costs what a short one does (JSON.stringify would overflow the stack or copy it all).
import { asRecord } from './json-object';

/** How many characters of a value a message shows, the ellipsis included. */
const PREVIEW_LENGTH = 40;
const ELLIPSIS = '…';

interface OpenContainer {
  value: readonly unknown[] | Record<string, unknown>;
  /** The keys of an object, in JSON.stringify's order; null for an array. */
  keys: readonly string[] | null;
  next: number;
}

/**
 * `value` as JSON.stringify writes it, cut to `limit` characters (the last one an ellipsis) when
 * longer. For parsed JSON values; anything JSON has no text for (undefined, a function) is shown
 * with String().
 */
export function jsonPreview(value: unknown, limit = PREVIEW_LENGTH): string {
  const shown = jsonStart(value, limit + 1);
  return shown.length > limit ? `${shown.slice(0, limit - 1)}${ELLIPSIS}` : shown;
}

/** The JSON text of `value`, or at least its first `wanted` characters when it is longer. */
function jsonStart(value: unknown, wanted: number): string {
  let out = '';
  const open: OpenContainer[] = [];
  let pending: { value: unknown } | null = { value };
  while (out.length < wanted) {
    if (pending !== null) {
      const container = containerOf(pending.value);
      if (container === null) out += scalarText(pending.value, wanted);
      else {
        out += container.keys === null ? '[' : '{';
        open.push(container);
      }
      pending = null;
      continue;
    }
    const top = open.at(-1);
    if (top === undefined) break;
    const { keys } = top;
    const size = keys === null ? (top.value as readonly unknown[]).length : keys.length;
    if (top.next === size) {
      out += keys === null ? ']' : '}';
      open.pop();
      continue;
    }
    if (top.next > 0) out += ',';
    if (keys === null) pending = { value: (top.value as readonly unknown[])[top.next] };
    else {
      const key = keys[top.next] ?? '';
      out += `${quoted(key, wanted)}:`;
      pending = { value: (top.value as Record<string, unknown>)[key] };
    }
    top.next++;
  }
  return out;
}

function containerOf(value: unknown): OpenContainer | null {
  if (Array.isArray(value)) return { value, keys: null, next: 0 };
  const record = asRecord(value);
  return record === null ? null : { value: record, keys: Object.keys(record), next: 0 };
}

function scalarText(value: unknown, wanted: number): string {
  if (typeof value === 'string') return quoted(value, wanted);
  // JSON has no text for these (JSON.stringify gives undefined, which its type omits).
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return String(value);
  return JSON.stringify(value);
}

/** A string as JSON, or the start of it: only the first `wanted` code units are quoted. */
function quoted(text: string, wanted: number): string {
  return JSON.stringify(text.length > wanted ? text.slice(0, wanted) : text);
}
