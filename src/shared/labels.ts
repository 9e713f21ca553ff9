// The four built-in labels a fact-checker tags spans with: ids as written in files, names as
// shown, and the key that applies each. Colours and underline styles live in the renderer's CSS.

export const LABEL_IDS = ['claim', 'attribution', 'casualty-figure', 'disputed'] as const;
export type LabelId = (typeof LABEL_IDS)[number];

export interface Label {
  id: LabelId;
  name: string;
  /** The key that applies this label to the reader's selection. */
  key: '1' | '2' | '3' | '4';
  /** The second cue beside colour, so colour is never the only signal. */
  cue: 'solid underline' | 'dashed underline' | 'double underline' | 'wavy underline';
}

export const LABELS: readonly Label[] = [
  { id: 'claim', name: 'Claim', key: '1', cue: 'solid underline' },
  { id: 'attribution', name: 'Attribution', key: '2', cue: 'dashed underline' },
  { id: 'casualty-figure', name: 'Casualty figure', key: '3', cue: 'double underline' },
  { id: 'disputed', name: 'Disputed', key: '4', cue: 'wavy underline' },
];

export function labelById(id: LabelId): Label {
  const label = LABELS.find((l) => l.id === id);
  if (!label) throw new Error(`Unknown label: ${id}`);
  return label;
}

export const labelForKey = (key: string): Label | undefined => LABELS.find((l) => l.key === key);
