// The W3C Web Annotation form of an annotation set (an AnnotationCollection, JSON-LD) for tools
// that speak the standard; it carries the native set and documents, so going back loses nothing.
import type { Provenance } from './annotation';
import { FORMAT_ID, FORMAT_VERSION, capProblems } from './annotation-set-schema';
import type { AnnotationSetFile, FileAnnotation } from './annotation-set-schema';
import { asRecord, own } from './json-object';
import { jsonPreview } from './json-preview';

export const WEB_ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export type WebAnnotationResult = { ok: true; value: unknown } | { ok: false; errors: string[] };

type Report = (path: string, message: string) => void;

interface Creator {
  type: 'Person';
  name: string;
  id: string;
}

interface TextualBody {
  type: 'TextualBody';
  purpose: 'tagging' | 'commenting';
  value: string;
  format?: 'text/plain';
}

interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'tagging';
  creator: Creator;
  created: string;
  modified: string;
  body: TextualBody[];
  target: {
    source: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
  /** Native fields the model has no place for; only when the annotation has one of them. */
  veritag?: { provenance: Provenance };
}

export interface WebAnnotationCollection {
  '@context': typeof WEB_ANNOTATION_CONTEXT;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  /** The native file without its annotations: format, version, set, exportedAt, documents. */
  veritag: Omit<AnnotationSetFile, 'annotations'>;
  first: { type: 'AnnotationPage'; items: WebAnnotation[] };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UUID_URN = 'urn:uuid:';
const VERITAG_URN = 'urn:veritag:';
const SOURCE_URN = /^urn:sha256:([0-9a-f]{64})$/;
const DOCUMENT_PREFIX = 'sha256:';
const HEX_DIGITS = '64 lowercase hex digits';
const EXTENSION_ROLE = 'the set and its documents, as written by Veritag';
/** The native file's keys before `annotations`, which the veritag extension carries. */
const NATIVE_HEAD_KEYS = ['format', 'version', 'set', 'exportedAt', 'documents'] as const;
/** Where each native annotation field is in a collection written by toWebAnnotation. */
const ITEM_FIELDS = new Map([
  ['document', 'target.source'],
  ['label', 'body[tagging].value'],
  ['start', 'target.selector[TextPositionSelector].start'],
  ['end', 'target.selector[TextPositionSelector].end'],
  ['exact', 'target.selector[TextQuoteSelector].exact'],
  ['prefix', 'target.selector[TextQuoteSelector].prefix'],
  ['suffix', 'target.selector[TextQuoteSelector].suffix'],
  ['note', 'body[commenting].value'],
  ['provenance', 'veritag.provenance'],
]);
/** `annotations[3] (id d3b0…): start: …`; an id in the parentheses is plain or JSON-quoted. */
const NATIVE_ITEM_ERROR =
  /^annotations\[(\d+)\]( \(id (?:[^\s()"]+|"(?:[^"\\]|\\.)*")\))?: (\w+): /;
const NATIVE_TOP_ERROR = /^(format|version|set|exportedAt|documents)\b/;

/** The set as an AnnotationCollection, annotations in the file's order, keys in a fixed order. */
export function toWebAnnotation(file: AnnotationSetFile): WebAnnotationCollection {
  const { set } = file;
  const creator: Creator = { type: 'Person', name: set.annotator.name, id: set.annotator.id };
  return {
    '@context': WEB_ANNOTATION_CONTEXT,
    type: 'AnnotationCollection',
    label: set.name,
    total: file.annotations.length,
    veritag: {
      format: FORMAT_ID,
      version: FORMAT_VERSION,
      set: {
        id: set.id,
        name: set.name,
        annotator: { id: set.annotator.id, name: set.annotator.name },
      },
      exportedAt: file.exportedAt,
      documents: file.documents.map((d) => ({
        id: d.id,
        title: d.title,
        source: d.source,
        length: d.length,
      })),
    },
    first: { type: 'AnnotationPage', items: file.annotations.map((a) => toAnnotation(a, creator)) },
  };
}

/** 2-space JSON-LD with a final newline; the same file always gives the same bytes. */
export function serializeWebAnnotation(file: AnnotationSetFile): string {
  return `${JSON.stringify(toWebAnnotation(file), null, 2)}\n`;
}

/** True for a JSON value typed as a W3C AnnotationCollection (what fromWebAnnotation reads). */
export function isWebAnnotationCollection(value: unknown): boolean {
  const root = asRecord(value);
  return root !== null && hasType(root, 'AnnotationCollection');
}

/**
 * The native file a collection written by toWebAnnotation stands for (unvalidated: the caller
 * validates it), or the problems that prevent the conversion, with W3C paths
 * (`first.items[2].target.selector: missing a TextPositionSelector`).
 */
export function fromWebAnnotation(value: unknown): WebAnnotationResult {
  const root = asRecord(value);
  if (root === null || !hasType(root, 'AnnotationCollection')) {
    return { ok: false, errors: ['type: expected "AnnotationCollection"'] };
  }
  const errors: string[] = [];
  const report: Report = (path, message) => errors.push(`${path}: ${message}`);
  const veritag = asRecord(own(root, 'veritag'));
  if (veritag === null) {
    report('veritag', `${describeMissing(own(root, 'veritag'))} (${EXTENSION_ROLE})`);
  }
  const annotator = asRecord(own(asRecord(own(veritag, 'set')), 'annotator'));
  const annotations = pageItems(root, report).map((item, i) =>
    toFileAnnotation(item, `first.items[${i}]`, annotator, report),
  );
  if (errors.length > 0) return { ok: false, errors: capProblems(errors) };
  const native = Object.fromEntries(NATIVE_HEAD_KEYS.map((key) => [key, own(veritag, key)]));
  return { ok: true, value: { ...native, annotations } };
}

/**
 * Native validation errors of a converted collection, pointed at the place in the collection:
 * `annotations[3] (id x): start: …` becomes
 * `first.items[3] (id x): target.selector[TextPositionSelector].start: …`,
 * `set.name: …` becomes `veritag.set.name: …`.
 */
export function toWebAnnotationErrors(errors: readonly string[]): string[] {
  return errors.map((error) => {
    const item = NATIVE_ITEM_ERROR.exec(error);
    if (item !== null) {
      const [match, index = '', id = '', field = ''] = item;
      const where = ITEM_FIELDS.get(field) ?? field;
      const message = error
        .slice(match.length)
        .replace(/^duplicate of annotations\[/, 'duplicate of first.items[');
      return `first.items[${index}]${id}: ${where}: ${message}`;
    }
    if (!NATIVE_TOP_ERROR.test(error)) return error;
    return `veritag.${error.replace('duplicate of documents[', 'duplicate of veritag.documents[')}`;
  });
}

function toAnnotation(a: FileAnnotation, creator: Creator): WebAnnotation {
  const body: TextualBody[] = [{ type: 'TextualBody', purpose: 'tagging', value: a.label }];
  if (a.note !== '') {
    body.push({ type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/plain' });
  }
  const annotation: WebAnnotation = {
    id: UUID.test(a.id) ? UUID_URN + a.id : VERITAG_URN + a.id,
    type: 'Annotation',
    motivation: 'tagging',
    creator,
    created: a.created,
    modified: a.modified,
    body,
    target: {
      source: `urn:${a.document}`,
      selector: [
        { type: 'TextQuoteSelector', exact: a.exact, prefix: a.prefix, suffix: a.suffix },
        { type: 'TextPositionSelector', start: a.start, end: a.end },
      ],
    },
  };
  if (a.provenance !== undefined) annotation.veritag = { provenance: a.provenance };
  return annotation;
}

/** The items of the collection's one page; a collection split over several pages is refused. */
function pageItems(root: Record<string, unknown>, report: Report): unknown[] {
  const first = own(root, 'first');
  const page = asRecord(first);
  if (page === null) {
    const link = typeof first === 'string';
    report('first', link ? 'must be an AnnotationPage object, not a link' : describeMissing(first));
    return [];
  }
  if (own(page, 'next') !== undefined) {
    report('first.next', 'collections of more than one page are not supported');
  }
  const items = own(page, 'items');
  if (!Array.isArray(items)) {
    report('first.items', items === undefined ? 'missing' : 'must be an array');
    return [];
  }
  const total = own(root, 'total');
  if (total !== undefined && total !== items.length) {
    const count = `the ${items.length} items of first.items`;
    report('total', `${jsonPreview(total)} does not match ${count}`);
  }
  return items;
}

/** One item in the native field order; the values are passed on to the native validator. */
function toFileAnnotation(
  value: unknown,
  at: string,
  annotator: Record<string, unknown> | null,
  report: Report,
): Record<string, unknown> {
  const item = asRecord(value);
  if (item === null) {
    report(at, 'must be an object');
    return {};
  }
  if (!hasType(item, 'Annotation')) report(`${at}.type`, 'expected "Annotation"');
  checkCreator(own(item, 'creator'), annotator, () =>
    report(`${at}.creator`, "must be the set's annotator (veritag.set.annotator)"),
  );
  const bodies = listOf(own(item, 'body'));
  const bodyProblem = (message: string) => report(`${at}.body`, message);
  const tagging = single(bodies, 'purpose', 'tagging', bodyProblem);
  const comments = bodies.filter((b) => own(b, 'purpose') === 'commenting');
  if (comments.length > 1) bodyProblem('more than one TextualBody with purpose "commenting"');
  const target = asRecord(own(item, 'target'));
  if (target === null) report(`${at}.target`, describeMissing(own(item, 'target'), 'one object'));
  const selector = own(target, 'selector');
  const selectors = listOf(selector);
  const problem = (message: string) => report(`${at}.target.selector`, message);
  if (target !== null && selector === undefined) problem('missing');
  const check = target !== null && selector !== undefined;
  const quote = single(selectors, 'type', 'TextQuoteSelector', check ? problem : null);
  const position = single(selectors, 'type', 'TextPositionSelector', check ? problem : null);
  const annotation: Record<string, unknown> = {
    id: nativeId(own(item, 'id'), (message) => report(`${at}.id`, message)),
    document: documentOf(own(target, 'source'), (message) => {
      if (target !== null) report(`${at}.target.source`, message);
    }),
    label: own(tagging, 'value'),
    start: own(position, 'start'),
    end: own(position, 'end'),
    exact: own(quote, 'exact'),
    prefix: own(quote, 'prefix'),
    suffix: own(quote, 'suffix'),
    note: comments.length === 0 ? '' : own(comments[0], 'value'),
    created: own(item, 'created'),
    modified: own(item, 'modified'),
  };
  // The item's own veritag extension, when an object, carries provenance (checked natively).
  const provenance = own(asRecord(own(item, 'veritag')), 'provenance');
  if (provenance !== undefined) annotation['provenance'] = provenance;
  return annotation;
}

/** Every annotation's creator, when given, must be the set's annotator (named once in native). */
function checkCreator(
  creator: unknown,
  annotator: Record<string, unknown> | null,
  fail: () => void,
): void {
  if (creator === undefined || annotator === null) return;
  const person = asRecord(creator);
  const same =
    person !== null &&
    own(person, 'id') === own(annotator, 'id') &&
    own(person, 'name') === own(annotator, 'name');
  if (!same) fail();
}

/**
 * The one object of `list` whose `key` is `wanted`; `problem` hears about none or several
 * (`missing a TextQuoteSelector`, `more than one TextQuoteSelector`).
 */
function single(
  list: readonly Record<string, unknown>[],
  key: string,
  wanted: string,
  problem: ((message: string) => void) | null,
): Record<string, unknown> | null {
  const found = list.filter((entry) => own(entry, key) === wanted);
  const what = key === 'type' ? wanted : `TextualBody with purpose "${wanted}"`;
  if (found.length === 0) problem?.(`missing a ${what}`);
  if (found.length > 1) problem?.(`more than one ${what}`);
  return found[0] ?? null;
}

function nativeId(id: unknown, problem: (message: string) => void): unknown {
  if (typeof id === 'string') {
    if (id.startsWith(UUID_URN)) return id.slice(UUID_URN.length);
    if (id.startsWith(VERITAG_URN)) return id.slice(VERITAG_URN.length);
  }
  problem(id === undefined ? 'missing' : 'must be urn:uuid:<id> or urn:veritag:<id>');
  return id;
}

function documentOf(source: unknown, problem: (message: string) => void): unknown {
  const hex = typeof source === 'string' ? SOURCE_URN.exec(source)?.[1] : undefined;
  if (hex !== undefined) return DOCUMENT_PREFIX + hex;
  problem(source === undefined ? 'missing' : `must be "urn:sha256:" followed by ${HEX_DIGITS}`);
  return source;
}

function describeMissing(value: unknown, expected = 'an object'): string {
  return value === undefined ? 'missing' : `must be ${expected}`;
}

function hasType(object: Record<string, unknown>, type: string): boolean {
  const declared = own(object, 'type');
  return declared === type || (Array.isArray(declared) && declared.includes(type));
}

/** A JSON-LD value that may be one object or an array of them, as the objects it holds. */
function listOf(value: unknown): Record<string, unknown>[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map(asRecord).filter((entry) => entry !== null);
}
