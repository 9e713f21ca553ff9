// Reading and writing annotation-set files: text (native or W3C) to a validated file, and a set's
// annotations to the canonical export, byte-stable so that exporting twice gives the same file.
import type { Annotation } from './annotation';
import { annotationRecord } from './annotation-factory';
import { compareAnnotations } from './annotation-order';
import { compareOrdinal } from './ordinal';
import { FORMAT_ID, FORMAT_VERSION, validateAnnotationSet } from './annotation-set-schema';
import type { AnnotationSetFile, FileDocument } from './annotation-set-schema';
import { parseJsonText } from './json-text';
import {
  fromWebAnnotation,
  isWebAnnotationCollection,
  toWebAnnotationErrors,
} from './web-annotation';

export type FileKind = 'native' | 'w3c';

export type ParseAnnotationSetResult =
  | { ok: true; file: AnnotationSetFile; kind: FileKind }
  | { ok: false; errors: string[] };

export interface AnnotationSetFileInput {
  set: { id: string; name: string; annotator: { id: string; name: string } };
  /** At least the documents the annotations refer to; others are left out of the file. */
  documents: ReadonlyArray<{ id: string; title: string; source: string; length: number }>;
  annotations: ReadonlyArray<Annotation>;
  exportedAt: Date;
}

const MAX_SLUG_LENGTH = 60;
const FALLBACK_SLUG = 'annotations';
/** Latin letters that NFKD does not decompose into a base letter and marks. */
const TRANSLITERATIONS = new Map([
  ['ß', 'ss'], ['æ', 'ae'], ['œ', 'oe'], ['ø', 'o'], ['đ', 'd'], ['ð', 'd'], ['þ', 'th'],
  ['ł', 'l'], ['ı', 'i'], ['ħ', 'h'],
]);

/**
 * JSON text to a validated file: parsed, converted when it is a W3C collection, validated. The
 * errors of a W3C collection name places in it (`first.items[2].target.selector: …`).
 */
export function parseAnnotationSetFile(text: string): ParseAnnotationSetResult {
  const json = parseJsonText(text);
  if (!json.ok) return { ok: false, errors: [json.error] };
  let value = json.value;
  let kind: FileKind = 'native';
  if (isWebAnnotationCollection(value)) {
    const converted = fromWebAnnotation(value);
    if (!converted.ok) return converted;
    value = converted.value;
    kind = 'w3c';
  }
  const validated = validateAnnotationSet(value);
  if (validated.ok) return { ok: true, file: validated.file, kind };
  const { errors } = validated;
  return { ok: false, errors: kind === 'w3c' ? toWebAnnotationErrors(errors) : errors };
}

/** The message for a set file whose bytes are not UTF-8 (the app and the command line alike). */
const NOT_UTF8_MESSAGE = 'not JSON: the file is not UTF-8 text';

/** Parses a set file from its bytes: strict UTF-8 (a leading BOM dropped), then as parseAnnotationSetFile. */
export function parseAnnotationSetBytes(bytes: Uint8Array): ReturnType<typeof parseAnnotationSetFile> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, errors: [NOT_UTF8_MESSAGE] };
  }
  return parseAnnotationSetFile(text);
}

/**
 * The file for a set: exactly the documents its annotations refer to, sorted by id; annotations
 * in the spec's order (document, start, end, label, id). Throws when a referred document is not
 * among `input.documents`, since the file would then be invalid.
 */
export function buildAnnotationSetFile(input: AnnotationSetFileInput): AnnotationSetFile {
  const referred = new Set(input.annotations.map((a) => a.document));
  const documents = new Map<string, FileDocument>();
  for (const d of input.documents) {
    if (referred.has(d.id) && !documents.has(d.id)) documents.set(d.id, fileDocument(d));
  }
  const missing = [...referred].filter((id) => !documents.has(id)).sort(compareOrdinal);
  if (missing.length > 0) {
    const which = missing.join(', ');
    throw new Error(`Cannot export: no title, source and length for document ${which}`);
  }
  return {
    format: FORMAT_ID,
    version: FORMAT_VERSION,
    set: fileSet(input.set),
    exportedAt: input.exportedAt.toISOString(),
    documents: [...documents.values()].sort((a, b) => compareOrdinal(a.id, b.id)),
    annotations: [...input.annotations].sort(compareAnnotations).map(annotationRecord),
  };
}

/** The file as JSON: keys in the spec's order, 2-space indentation, a final newline. */
export function serializeAnnotationSet(file: AnnotationSetFile): string {
  return `${JSON.stringify(inSpecOrder(file), null, 2)}\n`;
}

/**
 * `alice-2026-11-22.veritag.json` (or `.veritag.jsonld` for W3C): the annotator's name as a slug
 * (lower-case ASCII letters, digits and hyphens; accents dropped) and the local date of `date`.
 */
export function exportFileName(annotatorName: string, date: Date, kind: FileKind): string {
  return `${fileNameStem(annotatorName, date)}.veritag.${kind === 'w3c' ? 'jsonld' : 'json'}`;
}

/** `alice-2026-11-22`: a name as a slug and the local date, the start of every exported file's name. */
export function fileNameStem(name: string, date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('exportFileName: invalid date');
  const day = [
    String(date.getFullYear()).padStart(4, '0'),
    String(date.getMonth() + 1).padStart(2, '0'),
    String(date.getDate()).padStart(2, '0'),
  ].join('-');
  return `${slug(name)}-${day}`;
}

function slug(name: string): string {
  const ascii = [...name.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '')]
    .map((c) => TRANSLITERATIONS.get(c) ?? c)
    .join('');
  const hyphenated = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const cut = hyphenated.slice(0, MAX_SLUG_LENGTH).replace(/-+$/, '');
  return cut === '' ? FALLBACK_SLUG : cut;
}

/** A copy built key by key in the spec's order, whatever order the input has. */
function inSpecOrder(file: AnnotationSetFile): AnnotationSetFile {
  return {
    format: file.format,
    version: file.version,
    set: fileSet(file.set),
    exportedAt: file.exportedAt,
    documents: file.documents.map(fileDocument),
    annotations: file.annotations.map(annotationRecord),
  };
}

function fileSet(set: AnnotationSetFileInput['set']): AnnotationSetFile['set'] {
  const annotator = { id: set.annotator.id, name: set.annotator.name };
  return { id: set.id, name: set.name, annotator };
}

function fileDocument(d: FileDocument): FileDocument {
  return { id: d.id, title: d.title, source: d.source, length: d.length };
}
