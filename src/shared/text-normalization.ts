// The spec defines a document's text as its file decoded as strict UTF-8, BOM removed and line
// endings turned into LF; this module is the single place that turns bytes into that text.

export type DecodeResult = { ok: true; text: string } | { ok: false; message: string };

export const EMPTY_FILE_MESSAGE = 'The file is empty';
export const BINARY_FILE_MESSAGE = 'This file looks like binary data, not text';
const UTF16_FILE_MESSAGE =
  'This file is UTF-16 text, not UTF-8 (save it as UTF-8 and add it again)';

/** Above this share of control characters (other than \t \n \r \f) a file is taken as binary. */
const MAX_CONTROL_SHARE = 0.1;

/** Removes one leading U+FEFF and turns CRLF and lone CR into LF; nothing else changes. */
export function normalizeText(raw: string): string {
  const withoutBom = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  return withoutBom.replace(/\r\n?/g, '\n');
}

export function decodeArticleBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, message: EMPTY_FILE_MESSAGE };
  if (hasUtf16Bom(bytes)) return { ok: false, message: UTF16_FILE_MESSAGE };
  if (bytes.includes(0)) return { ok: false, message: BINARY_FILE_MESSAGE };
  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = Math.max(0, findInvalidUtf8(bytes));
    return {
      ok: false,
      message: `This file is not UTF-8 text (invalid byte sequence at byte ${at})`,
    };
  }
  const text = normalizeText(decoded);
  if (isMostlyControl(text)) return { ok: false, message: BINARY_FILE_MESSAGE };
  if (isBlank(text)) return { ok: false, message: EMPTY_FILE_MESSAGE };
  return { ok: true, text };
}

/** True for an empty or whitespace-only text. */
export function isBlank(text: string): boolean {
  return !/\S/u.test(text);
}

/**
 * Byte offset of the first byte that starts an ill-formed UTF-8 sequence (Unicode table 3-7:
 * no overlongs, no surrogates, nothing above U+10FFFF, no truncated sequence), or -1 when valid.
 */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b0 = bytes[i] ?? 0;
    if (b0 < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b0 >= 0xc2 && b0 <= 0xdf) need = 1;
    else if (b0 >= 0xe0 && b0 <= 0xef) {
      need = 2;
      if (b0 === 0xe0) lo = 0xa0;
      if (b0 === 0xed) hi = 0x9f;
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      need = 3;
      if (b0 === 0xf0) lo = 0x90;
      if (b0 === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const b = bytes[i + k];
      const min = k === 1 ? lo : 0x80;
      const max = k === 1 ? hi : 0xbf;
      if (b === undefined || b < min || b > max) return i;
    }
    i += need + 1;
  }
  return -1;
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  const [a, b] = bytes;
  return (a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff);
}

function isControl(unit: number): boolean {
  if (unit === 0x09 || unit === 0x0a || unit === 0x0c || unit === 0x0d) return false;
  return unit < 0x20 || (unit >= 0x7f && unit <= 0x9f);
}

function isMostlyControl(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    if (isControl(text.charCodeAt(i))) controls++;
  }
  return controls > 0 && controls / text.length > MAX_CONTROL_SHARE;
}
