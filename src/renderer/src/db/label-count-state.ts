// The library's progress (per article, how many of each label the user's set holds), kept by delta:
// counted once, then each committed change moves the counts of the annotations it names.
import type { Annotation } from '../../../shared/annotation';
import { LABEL_IDS, type LabelId } from '../../../shared/labels';
import type { FeedEvent } from './annotation-feed';

export type LabelCounts = Readonly<Record<LabelId, number>>;

/** Where an annotation counts: its document and label. */
interface Place {
  readonly document: string;
  readonly label: LabelId;
}

export interface LabelCountState {
  readonly setId: string;
  /** The set's annotations by id, where each counts. */
  readonly places: ReadonlyMap<string, Place>;
  /** By document id; documents without annotations are absent. */
  readonly counts: ReadonlyMap<string, LabelCounts>;
}

export function emptyLabelCounts(): Record<LabelId, number> {
  return Object.fromEntries(LABEL_IDS.map((id) => [id, 0])) as Record<LabelId, number>;
}

/** The counts of the set's annotations (others are ignored). */
export function loadedLabelCounts(setId: string, annotations: readonly Annotation[]): LabelCountState {
  return reduceLabelCounts({ setId, places: new Map(), counts: new Map() }, { type: 'committed', changes: { puts: annotations, deletes: [] } });
}

/** The state after a feed event: only committed changes count (proposals are not stored yet). */
export function reduceLabelCounts(state: LabelCountState, event: FeedEvent): LabelCountState {
  if (event.type !== 'committed') return state;
  const moves = new Map<string, Place | null>();
  for (const row of event.changes.puts) if (row.setId === state.setId) moves.set(row.id, { document: row.document, label: row.label });
  for (const [setId, id] of event.changes.deletes) if (setId === state.setId) moves.set(id, null);
  if (moves.size === 0) return state;
  const places = new Map(state.places);
  const counts = new Map(state.counts);
  let changed = false;
  const add = (place: Place, by: number) => {
    const row = { ...(counts.get(place.document) ?? emptyLabelCounts()) };
    row[place.label] += by;
    if (LABEL_IDS.every((id) => row[id] === 0)) counts.delete(place.document);
    else counts.set(place.document, row);
  };
  for (const [id, place] of moves) {
    const before = places.get(id);
    if (before?.document === place?.document && before?.label === place?.label) continue;
    changed = true;
    if (before) add(before, -1);
    if (place) {
      add(place, 1);
      places.set(id, place);
    } else places.delete(id);
  }
  return changed ? { setId: state.setId, places, counts } : state;
}
