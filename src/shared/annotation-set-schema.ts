// The version-1 annotation-set file (docs/annotation-set.md) as one zod schema: the validator every
// import runs, the source of the published JSON Schema, and the TypeScript types of the file.
import { z } from './zod-jitless';
import { PROVENANCES } from './annotation';
import { codePointLength, sliceCodePoints } from './code-points';
import { isDocumentId } from './document-id';
import { asRecord, own } from './json-object';
import { jsonPreview } from './json-preview';
import { LABEL_IDS } from './labels';
import { QUOTE_CONTEXT } from './text-selector';

export const FORMAT_ID = 'veritag.annotation-set';
export const FORMAT_VERSION = 1;

/** At most this many problems are listed, then one line `… and N more problems`. */
export const MAX_REPORTED_PROBLEMS = 50;

type ValidationResult = { ok: true; file: AnnotationSetFile } | { ok: false; errors: string[] };
type Path = ReadonlyArray<string | number>;

interface Problem {
  path: Path;
  message: string;
}

/** RFC 3339 date-time with Z or an offset; the day is checked against its month separately. */
const RFC_3339 = new RegExp(
  '^(\\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])[Tt]([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d' +
    '(?:\\.\\d+)?(?:[Zz]|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
);
const DOCUMENT_ID_MESSAGE = 'must be "sha256:" followed by 64 lowercase hex digits';
const TIMESTAMP_MESSAGE =
  'must be an RFC 3339 timestamp with Z or an offset, like 2026-11-22T09:58:01.000Z';
const WHOLE_NUMBER = 'a whole number >= 0';
const LABEL_LIST = `${LABEL_IDS.slice(0, -1).join(', ')} or ${LABEL_IDS.at(-1) ?? ''}`;
const PROVENANCE_LIST = `${PROVENANCES.slice(0, -1).join(', ')} or ${PROVENANCES.at(-1) ?? ''}`;

/** The spec's key order, which is also the order problems are listed in. */
const KEY_ORDER: readonly string[] = [
  'format', 'version', 'set', 'exportedAt', 'documents', 'annotations',
  'id', 'document', 'name', 'title', 'source', 'length', 'annotator', 'label',
  'start', 'end', 'exact', 'prefix', 'suffix', 'note', 'created', 'modified', 'provenance',
];

const DESCRIPTION =
  'The file a Veritag user exports and a colleague imports: labelled spans of news articles ' +
  '(docs/annotation-set.md). Offsets and lengths count Unicode code points. Unknown extra ' +
  'fields are accepted and ignored. Checks that JSON Schema cannot express, which Veritag ' +
  'also applies: annotation ids are unique within the file, and so are document ids; every ' +
  "annotation's document is listed in documents; start < end <= that document's length; " +
  'timestamps are real calendar dates and times (seconds 00-59). Offsets that do not select ' +
  'exact in the local text are valid, even when end - start differs from the number of code ' +
  'points in exact (offsets counted in UTF-16 code units by another tool, or taken from an ' +
  'older edition): the annotation is re-anchored by its quote, or kept as an orphan.';

const missingOr =
  (expected: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? 'missing' : `must be ${expected}`;

const text = () => z.string({ error: missingOr('a string') });
const nonEmptyText = () => text().min(1, { error: 'must not be empty' });
const wholeNumber = () =>
  z.int({ error: missingOr(WHOLE_NUMBER) }).min(0, { error: `must be ${WHOLE_NUMBER}` });
const documentIdText = () =>
  text()
    .refine(isDocumentId, { error: DOCUMENT_ID_MESSAGE })
    .meta({ pattern: '^sha256:[0-9a-f]{64}$' });
const timestamp = () =>
  text().refine(isRfc3339Timestamp, { error: TIMESTAMP_MESSAGE }).meta({ format: 'date-time' });
const quoteContext = (side: string) =>
  text()
    .refine((s) => codePointLength(s) <= QUOTE_CONTEXT, {
      error: (issue) => {
        const length = codePointLength(String(issue.input));
        return `must be at most ${QUOTE_CONTEXT} code points long (it has ${length})`;
      },
    })
    .meta({
      maxLength: QUOTE_CONTEXT,
      description: `The (up to) ${QUOTE_CONTEXT} code points just ${side} the quote.`,
    });
const record = <S extends z.core.$ZodLooseShape>(shape: S) =>
  z.object(shape, { error: missingOr('an object') });

const annotatorSchema = record({ id: nonEmptyText(), name: nonEmptyText() }).meta({
  description: 'Who made the set.',
});

const setSchema = record({ id: nonEmptyText(), name: nonEmptyText(), annotator: annotatorSchema });

const fileDocumentSchema = record({
  id: documentIdText().meta({ description: 'sha256: + lowercase hex SHA-256 of the UTF-8 text.' }),
  title: nonEmptyText().meta({ description: 'The title shown for the article.' }),
  source: nonEmptyText().meta({ description: 'The file name the article was added from.' }),
  length: wholeNumber().meta({ description: 'The text length in Unicode code points.' }),
});

const fileAnnotationSchema = record({
  id: nonEmptyText().meta({ description: 'Unique within the file; usually a UUID.' }),
  document: documentIdText().meta({ description: 'The id of a document listed in documents.' }),
  label: z.enum(LABEL_IDS, {
    error: (issue) =>
      issue.input === undefined
        ? 'missing'
        : `${jsonPreview(issue.input)} is not a label (expected ${LABEL_LIST})`,
  }),
  start: wholeNumber().meta({ description: 'Inclusive offset in code points.' }),
  end: wholeNumber().meta({ description: 'Exclusive offset in code points.' }),
  exact: nonEmptyText().meta({
    description: 'The text from start to end (the quote), which re-anchors the annotation when they do not select it.',
  }),
  prefix: quoteContext('before'),
  suffix: quoteContext('after'),
  note: text().meta({ description: 'Plain text (never HTML), possibly empty.' }),
  created: timestamp(),
  modified: timestamp(),
  provenance: z
    .enum(PROVENANCES, {
      error: (issue) => `${jsonPreview(issue.input)} is not a provenance (expected ${PROVENANCE_LIST})`,
    })
    .optional()
    .meta({
      description:
        'Optional, written for a reviewed set: where the annotation came from. A or B: one of ' +
        'the two sets reviewed; both: the same span and label in both; edited: the reviewer\'s own.',
    }),
});

const fileShapeSchema = z.object(
  {
    format: z.literal(FORMAT_ID, { error: () => `expected "${FORMAT_ID}"` }),
    version: z.literal(FORMAT_VERSION, { error: (issue) => versionMessage(issue.input) }),
    set: setSchema,
    exportedAt: timestamp().meta({ description: 'When the file was written (UTC, with Z).' }),
    documents: z.array(fileDocumentSchema, { error: missingOr('an array') }),
    annotations: z.array(fileAnnotationSchema, { error: missingOr('an array') }),
  },
  { error: () => 'must be a JSON object' },
);

/**
 * The whole file: the shape above plus the cross-field checks, which zod runs once the shape is
 * valid (validateAnnotationSet also runs them on a file whose shape is not, to list everything).
 */
export const annotationSetFileSchema = fileShapeSchema
  .superRefine((file, ctx) => {
    for (const problem of crossFieldProblems(file)) {
      const { path, message } = problem;
      ctx.addIssue({ code: 'custom', path: [...path], message, input: file });
    }
  })
  .meta({ title: 'Veritag annotation set, version 1', description: DESCRIPTION });

/** The file with its documents and annotations left unchecked: validateAnnotationSet checks them one by one. */
const fileHeadSchema = fileShapeSchema.extend({
  documents: z.array(z.unknown(), { error: missingOr('an array') }),
  annotations: z.array(z.unknown(), { error: missingOr('an array') }),
});

/** The published JSON Schema (draft 2020-12), as docs/annotation-set.schema.json holds it. */
export function annotationSetJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(annotationSetFileSchema, { target: 'draft-2020-12', io: 'input' });
}

export type AnnotationSetFile = z.infer<typeof annotationSetFileSchema>;
export type FileDocument = z.infer<typeof fileDocumentSchema>;
export type FileAnnotation = z.infer<typeof fileAnnotationSchema>;

/**
 * The file (known fields only, in the spec's key order), or every problem in the canonical form
 * (`annotations[3] (id d3b0…): start: must be a whole number >= 0`), capped. A value that is not
 * an object, a wrong `format` or an unsupported `version` is reported alone: the rest of such a
 * file cannot be judged by these rules.
 */
export function validateAnnotationSet(value: unknown): ValidationResult {
  const head = fileHeadSchema.safeParse(value);
  const problems: Problem[] = head.success ? [] : head.error.issues.map(problemOf([]));
  const gate =
    problems.find((p) => p.path.length === 0 || samePath(p.path, ['format'])) ??
    problems.find((p) => samePath(p.path, ['version']) && p.message !== 'missing');
  if (gate !== undefined) return { ok: false, errors: formatProblems([gate], value) };
  // Each document and annotation apart, every problem appended one by one (never spread into a
  // call): a file can have a million problems, and zod gathering them into one list overflows the stack.
  const documents = eachItem(value, 'documents', fileDocumentSchema, problems);
  const annotations = eachItem(value, 'annotations', fileAnnotationSchema, problems);
  for (const problem of crossFieldProblems(value)) problems.push(problem);
  if (head.success && problems.length === 0) return { ok: true, file: { ...head.data, documents, annotations } };
  return { ok: false, errors: formatProblems(problems, value) };
}

/** `errors` as reported: at most MAX_REPORTED_PROBLEMS, then `… and N more problems`. */
export function capProblems(errors: readonly string[]): string[] {
  if (errors.length <= MAX_REPORTED_PROBLEMS) return [...errors];
  const more = errors.length - MAX_REPORTED_PROBLEMS;
  return [
    ...errors.slice(0, MAX_REPORTED_PROBLEMS),
    `… and ${more} more problem${more === 1 ? '' : 's'}`,
  ];
}

/** True for an RFC 3339 date-time with `Z` or an offset that names a real calendar instant. */
export function isRfc3339Timestamp(value: string): boolean {
  const m = RFC_3339.exec(value);
  return m !== null && Number(m[3]) <= daysInMonth(Number(m[1]), Number(m[2]));
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The checks that relate fields to each other; they read the raw value defensively. */
function crossFieldProblems(value: unknown): Problem[] {
  const root = asRecord(value);
  if (root === null) return [];
  const problems: Problem[] = [];
  const lengths = new Map<string, number | null>();
  const documentIndex = new Map<string, number>();
  items(root, 'documents').forEach((document, i) => {
    const id = own(document, 'id');
    if (typeof id !== 'string' || !isDocumentId(id)) return;
    const first = documentIndex.get(id);
    if (first !== undefined) {
      problems.push({ path: ['documents', i, 'id'], message: `duplicate of documents[${first}]` });
      return;
    }
    documentIndex.set(id, i);
    const length = own(document, 'length');
    lengths.set(id, isWholeNumber(length) ? length : null);
  });
  const annotationIndex = new Map<string, number>();
  items(root, 'annotations').forEach((annotation, i) => {
    const at = (field: string, message: string) =>
      problems.push({ path: ['annotations', i, field], message });
    const id = own(annotation, 'id');
    if (typeof id === 'string' && id !== '') {
      const first = annotationIndex.get(id);
      if (first === undefined) annotationIndex.set(id, i);
      else at('id', `duplicate of annotations[${first}]`);
    }
    const start = own(annotation, 'start');
    const end = own(annotation, 'end');
    const range = isWholeNumber(start) && isWholeNumber(end);
    if (range && end <= start) at('end', `must be greater than start (${start})`);
    const document = own(annotation, 'document');
    if (typeof document !== 'string' || !isDocumentId(document)) return;
    if (!lengths.has(document)) at('document', 'not listed in documents');
    const limit = lengths.get(document);
    if (isWholeNumber(end) && isWholeNumber(limit) && end > limit) {
      at('end', `must be <= ${limit}, the length of its document`);
    }
  });
  return problems;
}

/** The items of the array `key` that `schema` accepts, parsed; the problems of the others appended to `problems`. */
function eachItem<T>(value: unknown, key: string, schema: z.ZodType<T>, problems: Problem[]): T[] {
  const valid: T[] = [];
  items(asRecord(value), key).forEach((item, i) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) valid.push(parsed.data);
    else for (const issue of parsed.error.issues) problems.push(problemOf([key, i])(issue));
  });
  return valid;
}

/** A zod issue as a problem at its path under `prefix`. */
function problemOf(prefix: Path): (issue: z.core.$ZodIssue) => Problem {
  return (issue) => ({ path: [...prefix, ...issue.path.filter((key) => typeof key !== 'symbol')], message: issue.message });
}

function formatProblems(problems: readonly Problem[], root: unknown): string[] {
  const sorted = [...problems].sort((a, b) => comparePaths(a.path, b.path));
  const lines = sorted.map((p) => `${formatPath(p.path, root)}: ${p.message}`);
  return capProblems([...new Set(lines)]);
}

/** `set.annotator.name`, `documents[1]: length`, `annotations[3] (id d3b0…): start`. */
function formatPath(path: Path, root: unknown): string {
  const [head, index, ...rest] = path;
  if (head === undefined) return 'file';
  if (typeof index !== 'number') return path.join('.');
  let where = `${head}[${index}]`;
  if (head === 'annotations') {
    const id = own(items(asRecord(root), 'annotations')[index] ?? null, 'id');
    if (typeof id === 'string' && id !== '') where += ` (id ${displayId(id)})`;
  }
  return rest.length === 0 ? where : `${where}: ${rest.join('.')}`;
}

function comparePaths(a: Path, b: Path): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return keyRank(x) - keyRank(y);
  }
  return a.length - b.length;
}

function keyRank(key: string | number | undefined): number {
  const rank = KEY_ORDER.indexOf(String(key));
  return rank < 0 ? KEY_ORDER.length : rank;
}

function samePath(a: Path, b: Path): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i]);
}

function versionMessage(input: unknown): string {
  if (input === undefined) return 'missing';
  if (typeof input === 'number') {
    return `${jsonPreview(input)} is not supported (this app reads version ${FORMAT_VERSION})`;
  }
  return `must be the number ${FORMAT_VERSION}`;
}

/** An id as shown in a message: as is when plain, else quoted; long ones cut. */
function displayId(id: string): string {
  const cut = codePointLength(id) > 64 ? `${sliceCodePoints(id, 0, 63)}…` : id;
  return /^[\x21\x23-\x27\x2A-\x7E…]+$/.test(cut) ? cut : JSON.stringify(cut);
}

function isWholeNumber(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

function items(root: Record<string, unknown> | null, key: string): unknown[] {
  const list = own(root, key);
  return Array.isArray(list) ? list : [];
}
