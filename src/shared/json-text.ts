// Imported files are JSON typed or edited by people, so a parse failure must say what is wrong
// and where (line and column) in the spec's canonical `not JSON: …` form, not V8's wording.
import { codePointLength, codePointName } from './code-points';

export type JsonTextResult = { ok: true; value: unknown } | { ok: false; error: string };

interface SyntaxProblem {
  /** UTF-16 index into the text where the problem is. */
  at: number;
  problem: string;
}

type Container = '[' | '{';
type State = 'value' | 'key' | 'colon' | 'after';

const BOM = 0xfeff;
const SIMPLE_ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const LITERALS = new Set(['true', 'false', 'null']);
const PRINTABLE = /^[\p{L}\p{N}\p{P}\p{S}]$/u;
/** Sticky: matched at `lastIndex`. */
const NUMBER = /-?(?:0(?![0-9])|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const WORD = /[A-Za-z0-9_$]+/y;
/** Longest word quoted back in a message. */
const MAX_WORD = 24;

/**
 * The value of a JSON text (one leading BOM ignored), or the problem as
 * `not JSON: <problem> at line L column C` (1-based; columns count code points).
 */
export function parseJsonText(text: string): JsonTextResult {
  const body = text.charCodeAt(0) === BOM ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    const found = findSyntaxProblem(body);
    if (found === null) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, error: `not JSON: ${reason.toLowerCase()}` };
    }
    const { line, column } = lineAndColumn(body, found.at);
    return { ok: false, error: `not JSON: ${found.problem} at line ${line} column ${column}` };
  }
}

/** The first syntax problem of `text` as strict JSON (RFC 8259), or null when it has none. */
function findSyntaxProblem(text: string): SyntaxProblem | null {
  return new JsonScanner(text).run();
}

/** An iterative (stack-safe) recognizer of JSON that stops at the first problem. */
class JsonScanner {
  private pos = 0;
  private readonly stack: Container[] = [];
  private state: State = 'value';
  /** The index of the comma just read, while the next token is awaited; -1 otherwise. */
  private comma = -1;
  /** True right after `[` or `{`, when the matching close is allowed. */
  private opened = false;

  constructor(private readonly text: string) {}

  run(): SyntaxProblem | null {
    for (;;) {
      this.skipWhitespace();
      if (this.state === 'after' && this.stack.length === 0) {
        return this.pos < this.text.length ? this.unexpected() : null;
      }
      if (this.pos >= this.text.length) return { at: this.pos, problem: 'unexpected end of input' };
      const problem = this.step();
      if (problem !== null) return problem;
    }
  }

  private step(): SyntaxProblem | null {
    const c = this.text.charAt(this.pos);
    if (this.state === 'value') return this.value(c);
    if (this.state === 'key') return this.key(c);
    if (this.state === 'colon') {
      if (c !== ':') return this.unexpected();
      this.pos++;
      this.state = 'value';
      return null;
    }
    return this.afterValue(c);
  }

  private value(c: string): SyntaxProblem | null {
    if (c === ']' && this.stack.at(-1) === '[') return this.close();
    const problem = this.scalarOrOpen(c);
    this.comma = -1;
    return problem;
  }

  private scalarOrOpen(c: string): SyntaxProblem | null {
    this.opened = false;
    if (c === '[' || c === '{') {
      this.stack.push(c);
      this.pos++;
      this.opened = true;
      this.state = c === '[' ? 'value' : 'key';
      return null;
    }
    this.state = 'after';
    if (c === '"') return this.string();
    if (c === '-' || isDigit(c)) return this.number();
    if (/[A-Za-z]/.test(c)) return this.word();
    return this.unexpected();
  }

  private key(c: string): SyntaxProblem | null {
    if (c === '}') return this.close();
    if (c !== '"') return this.unexpected();
    this.opened = false;
    this.comma = -1;
    this.state = 'colon';
    return this.string();
  }

  private afterValue(c: string): SyntaxProblem | null {
    const top = this.stack.at(-1);
    if (c === ',') {
      this.comma = this.pos;
      this.pos++;
      this.state = top === '[' ? 'value' : 'key';
      return null;
    }
    if ((c === ']' && top === '[') || (c === '}' && top === '{')) return this.close();
    return this.unexpected();
  }

  /** Reads the `]` or `}` at pos, which is allowed only after a value or an opening bracket. */
  private close(): SyntaxProblem | null {
    if (this.comma >= 0) return { at: this.comma, problem: 'trailing comma' };
    if (this.state !== 'after' && !this.opened) return this.unexpected();
    this.stack.pop();
    this.pos++;
    this.opened = false;
    this.state = 'after';
    return null;
  }

  private string(): SyntaxProblem | null {
    const start = this.pos;
    this.pos++;
    for (;;) {
      if (this.pos >= this.text.length) return { at: start, problem: 'unterminated string' };
      const c = this.text.charAt(this.pos);
      if (c === '"') {
        this.pos++;
        return null;
      }
      if (c === '\\') {
        const problem = this.escape(start);
        if (problem !== null) return problem;
        continue;
      }
      const unit = c.charCodeAt(0);
      if (c === '\n' || c === '\r') return { at: start, problem: 'unterminated string' };
      if (unit < 0x20) {
        const problem = `unescaped control character ${codePointName(unit)} in string`;
        return { at: this.pos, problem };
      }
      this.pos++;
    }
  }

  private escape(stringStart: number): SyntaxProblem | null {
    const at = this.pos;
    const next = this.text.charAt(at + 1);
    if (next === '') return { at: stringStart, problem: 'unterminated string' };
    if (SIMPLE_ESCAPES.has(next)) {
      this.pos += 2;
      return null;
    }
    if (next === 'u') {
      if (!/^[0-9A-Fa-f]{4}$/.test(this.text.slice(at + 2, at + 6))) {
        return { at, problem: 'invalid unicode escape' };
      }
      this.pos += 6;
      return null;
    }
    return { at, problem: `invalid escape ${describeChar(this.text, at + 1, '\\')}` };
  }

  private number(): SyntaxProblem | null {
    const start = this.pos;
    NUMBER.lastIndex = start;
    const match = NUMBER.exec(this.text);
    const after = start + (match?.[0].length ?? 0);
    if (match === null || /[0-9.eE+-]/.test(this.text.charAt(after))) {
      return { at: start, problem: 'invalid number' };
    }
    this.pos = after;
    return null;
  }

  private word(): SyntaxProblem | null {
    const start = this.pos;
    WORD.lastIndex = start;
    const word = WORD.exec(this.text)?.[0] ?? '';
    if (!LITERALS.has(word)) {
      const shown = word.length > MAX_WORD ? `${word.slice(0, MAX_WORD)}…` : word;
      return { at: start, problem: `unexpected word ${quote(shown)}` };
    }
    this.pos += word.length;
    return null;
  }

  private unexpected(): SyntaxProblem {
    const c = this.text.charAt(this.pos);
    const next = this.text.charAt(this.pos + 1);
    if (c === '/' && (next === '/' || next === '*')) {
      return { at: this.pos, problem: 'comments are not allowed' };
    }
    return { at: this.pos, problem: `unexpected character ${describeChar(this.text, this.pos)}` };
  }

  private skipWhitespace(): void {
    while (this.pos < this.text.length && ' \t\n\r'.includes(this.text.charAt(this.pos))) {
      this.pos++;
    }
  }
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

/** `'x'` for a visible character, U+XXXX for white space, control and unassigned ones. */
function describeChar(text: string, at: number, lead = ''): string {
  const cp = text.codePointAt(at) ?? 0;
  const c = String.fromCodePoint(cp);
  return PRINTABLE.test(c) ? quote(lead + c) : codePointName(cp);
}

function quote(s: string): string {
  return s.includes("'") ? `"${s}"` : `'${s}'`;
}

/** 1-based line (LF, CRLF and lone CR end a line) and column (in code points) of `at`. */
function lineAndColumn(text: string, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: codePointLength(text.slice(lineStart, at)) + 1 };
}
