// Undo and redo as an editor keeps them: one history per document (an article, a review), kept as
// a pure reducer over immutable state with memoised selectors; the storage writes an entry makes
// are run by the store (undo-store.ts), never here.

/** What an entry changed, to bring into view after undoing or redoing it. */
export interface UndoTarget {
  /** The annotation's key (reader) or the disagreement group's key (review). */
  readonly key: string;
  /** Where it is in the text (code points), for when it no longer exists. */
  readonly start: number;
  readonly end: number;
  /** Its quote, to name it in notices. */
  readonly quote: string;
}

export interface UndoEntry {
  /** Short description for menus and notices, e.g. "Tag as Claim". */
  readonly label: string;
  readonly target: UndoTarget;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
}

interface UndoStack {
  /** Oldest first; the last one is undone next. */
  readonly done: readonly UndoEntry[];
  /** The last one is redone next. */
  readonly undone: readonly UndoEntry[];
}

export type Direction = 'undo' | 'redo';

export interface UndoState {
  readonly stacks: ReadonlyMap<string, UndoStack>;
  /** The document shown, whose history undo and redo act on; null when none is. */
  readonly active: string | null;
  /** The entry undone or redone last; `serial` grows with each. */
  readonly applied: { readonly history: string; readonly entry: UndoEntry; readonly direction: Direction; readonly serial: number } | null;
}

export type UndoAction =
  | { readonly type: 'push'; readonly history: string; readonly entry: UndoEntry }
  | { readonly type: 'applied'; readonly history: string; readonly entry: UndoEntry; readonly direction: Direction }
  | { readonly type: 'activate'; readonly history: string }
  | { readonly type: 'deactivate'; readonly history: string }
  | { readonly type: 'forget'; readonly history: string }
  | { readonly type: 'forget-all' };

/** Entries kept per history; the oldest go first. */
export const HISTORY_LIMIT = 200;

export const EMPTY_UNDO_STATE: UndoState = { stacks: new Map(), active: null, applied: null };

const EMPTY_STACK: UndoStack = { done: [], undone: [] };

/** The history of an article, named by its document id. */
export const articleHistory = (documentId: string): string => `article:${documentId}`;

/** The history of a review, named by its review id (one per ordered pair of sets). */
export const reviewHistory = (reviewId: string): string => `review:${reviewId}`;

export function undoReducer(state: UndoState, action: UndoAction): UndoState {
  switch (action.type) {
    case 'push': {
      const { done } = stackOf(state, action.history);
      return withStack(state, action.history, { done: [...done, action.entry].slice(-HISTORY_LIMIT), undone: [] });
    }
    case 'applied': {
      const stack = stackOf(state, action.history);
      const [from, to] = action.direction === 'undo' ? [stack.done, stack.undone] : [stack.undone, stack.done];
      if (!from.includes(action.entry)) return state;
      const moved = { from: from.filter((e) => e !== action.entry), to: [...to, action.entry] };
      const next = action.direction === 'undo' ? { done: moved.from, undone: moved.to } : { done: moved.to, undone: moved.from };
      const serial = (state.applied?.serial ?? 0) + 1;
      return {
        ...withStack(state, action.history, next),
        applied: { history: action.history, entry: action.entry, direction: action.direction, serial },
      };
    }
    case 'activate':
      return state.active === action.history ? state : { ...state, active: action.history };
    case 'deactivate':
      return state.active === action.history ? { ...state, active: null } : state;
    case 'forget': {
      if (!state.stacks.has(action.history)) return state;
      const stacks = new Map(state.stacks);
      stacks.delete(action.history);
      return { ...state, stacks };
    }
    case 'forget-all':
      return state.stacks.size === 0 ? state : { ...state, stacks: new Map() };
  }
}

/** The active history's stack (an empty one when there is none). */
function selectActiveStack(state: UndoState): UndoStack {
  return state.active === null ? EMPTY_STACK : stackOf(state, state.active);
}

/** The entry that undo (or redo) would apply next in a history. */
export function selectNextEntry(state: UndoState, history: string, direction: Direction): UndoEntry | null {
  const stack = stackOf(state, history);
  const list = direction === 'undo' ? stack.done : stack.undone;
  return list[list.length - 1] ?? null;
}

export interface UndoLabels {
  /** What undo would undo in the active history, e.g. "Edit note"; null when nothing. */
  readonly undo: string | null;
  readonly redo: string | null;
}

const NO_LABELS: UndoLabels = { undo: null, redo: null };
const labelsByStack = new WeakMap<UndoStack, UndoLabels>();

/** The labels for the Edit menu and the status line; the same object while the active stack is. */
export function selectUndoLabels(state: UndoState): UndoLabels {
  const stack = selectActiveStack(state);
  if (stack === EMPTY_STACK) return NO_LABELS;
  let labels = labelsByStack.get(stack);
  if (!labels) {
    labels = { undo: stack.done[stack.done.length - 1]?.label ?? null, redo: stack.undone[stack.undone.length - 1]?.label ?? null };
    labelsByStack.set(stack, labels);
  }
  return labels;
}

function stackOf(state: UndoState, history: string): UndoStack {
  return state.stacks.get(history) ?? EMPTY_STACK;
}

function withStack(state: UndoState, history: string, stack: UndoStack): UndoState {
  const stacks = new Map(state.stacks);
  stacks.set(history, stack);
  return { ...state, stacks };
}
