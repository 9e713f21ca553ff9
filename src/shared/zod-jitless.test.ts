// zod must never compile code with `new Function`, nor probe whether it may: the renderer's CSP has
// no 'unsafe-eval', so even a caught probe is reported as a violation. Each import is fresh (vitest
// isolates test files), so the schemas are built here, after the trap is set.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const GOOD_SET = new URL('../../test-support/good-sets/crocus-first-pass.veritag.json', import.meta.url);
const RealFunction = globalThis.Function;
let constructed: string[] = [];

beforeEach(() => {
  constructed = [];
  // `new Function(...)` and `Function(...)` both reach these traps, as zod's probe and compiler do.
  globalThis.Function = new Proxy(RealFunction, {
    construct(target, args: string[]) {
      constructed.push(args.join(', '));
      return Reflect.construct(target, args);
    },
    apply(target, thisArg, args: string[]) {
      constructed.push(args.join(', '));
      return Reflect.apply(target, thisArg, args) as unknown;
    },
  });
});

afterEach(() => {
  globalThis.Function = RealFunction;
});

describe('zod, as every bundle uses it', () => {
  it('validates a set file and IPC arguments without constructing a Function', async () => {
    const { validateAnnotationSet } = await import('./annotation-set-schema');
    const { INVOKE_ARGUMENTS } = await import('./ipc-arguments');
    const file: unknown = JSON.parse(readFileSync(GOOD_SET, 'utf8'));
    for (let round = 0; round < 3; round++) {
      expect(validateAnnotationSet(file).ok).toBe(true);
      expect(validateAnnotationSet({ format: 'other' }).ok).toBe(false);
      expect(INVOKE_ARGUMENTS.showUndoLabels.safeParse([{ undo: 'Edit note', redo: null }]).success).toBe(true);
    }
    expect(constructed).toEqual([]);
  });
});
