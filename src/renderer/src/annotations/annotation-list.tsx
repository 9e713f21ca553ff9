// The sidebar's list of annotations, virtualised (TanStack Virtual): only the rows in and near
// the list's viewport are in the DOM, each measured once shown, so the list's DOM and rendering do
// not grow with the number of annotations (only its index of row sizes does). Each row is one
// memoised card, so a change to one annotation re-renders one card. A short list is rendered whole.
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import type { ResolvedAnnotation } from '../reader/anchor';
import { AnnotationCard } from './annotation-card';

interface AnnotationListProps {
  items: readonly ResolvedAnnotation[];
  selectedKey: string | null;
  setNames: ReadonlyMap<string, string>;
  /** Called with the key of the annotation the user chose; its identity may change on every render. */
  onChoose: (key: string) => void;
}

const Card = memo(AnnotationCard);

/** Lists this long are rendered whole: cheap, and every row is in the DOM, as before virtualising. */
const RENDERED_WHOLE_UP_TO = 100;
/** Rows rendered beyond each end of the viewport, so Tab and scrolling find the next row ready. */
const OVERSCAN = 6;
/** The space between rows, in CSS pixels. */
const GAP = 4;
/** Room above the first row and below the last, and around a row scrolled to, for the focus ring and the selected card's outline. */
const EDGE = 3;
/** A short sidebar (a tall editor above the list, a small window) scrolls as a whole, the list
 *  keeping at least this height (or its own, when less) so that it stays usable. */
const LEAST_HEIGHT = 192;
/** Quotes longer than this (in UTF-16 units) are estimated to take two lines (the card clamps at two). */
const ONE_LINE_QUOTE = 36;

/**
 * A row's height before it is measured: the card's padding and head, one or two lines of quote,
 * the note's line if any (as measured in the app's fonts: 60, 80, plus 22 with a note).
 */
function estimatedHeight(item: ResolvedAnnotation | undefined): number {
  if (!item) return 60;
  const quoteLines = item.annotation.exact.length > ONE_LINE_QUOTE ? 2 : 1;
  return 40 + 20 * quoteLines + (item.annotation.note === '' ? 0 : 22);
}

const indexOfKey = (items: readonly ResolvedAnnotation[], key: string | null): number =>
  key === null ? -1 : items.findIndex((item) => item.key === key);

export function AnnotationList({ items, selectedKey, setNames, onChoose }: AnnotationListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  // The cards get one callback for the list's lifetime, so the parent's new one does not re-render them.
  const latestChoose = useRef(onChoose);
  useEffect(() => {
    latestChoose.current = onChoose;
  }, [onChoose]);
  const choose = useCallback((key: string) => latestChoose.current(key), []);

  // The row that has the focus stays rendered when it scrolls away, so the focus is not lost.
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const focusedIndex = useMemo(() => indexOfKey(items, focusedKey), [items, focusedKey]);
  const rangeExtractor = useCallback(
    (range: Range): number[] => {
      if (range.count <= RENDERED_WHOLE_UP_TO) return Array.from({ length: range.count }, (_, index) => index);
      const indexes = defaultRangeExtractor(range);
      if (focusedIndex < 0 || indexes.includes(focusedIndex)) return indexes;
      return [...indexes, focusedIndex].sort((a, b) => a - b);
    },
    [focusedIndex],
  );
  const estimateSize = useCallback((index: number) => estimatedHeight(items[index]), [items]);
  const getItemKey = useCallback((index: number) => items[index]?.key ?? index, [items]);
  // eslint-disable-next-line react-hooks/incompatible-library -- the app is not built with React Compiler; the instance stays in this component, the memoised cards get plain values
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize,
    getItemKey,
    rangeExtractor,
    overscan: OVERSCAN,
    gap: GAP,
    paddingStart: EDGE,
    paddingEnd: EDGE,
    scrollPaddingStart: EDGE,
    scrollPaddingEnd: EDGE,
  });
  const height = virtualizer.getTotalSize();

  // An annotation chosen elsewhere (in the reader, by undo) is scrolled into the list's view,
  // once per choice: the user may scroll away from it afterwards.
  const selectedIndex = useMemo(() => indexOfKey(items, selectedKey), [items, selectedKey]);
  const scrolledTo = useRef<string | null>(null);
  useEffect(() => {
    if (selectedKey === null) scrolledTo.current = null;
    if (selectedKey === null || selectedIndex < 0 || scrolledTo.current === selectedKey) return;
    scrolledTo.current = selectedKey;
    virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedKey, selectedIndex, virtualizer]);

  return (
    <div className="annotation-scroller" ref={scroller} style={{ minHeight: Math.min(height, LEAST_HEIGHT) }}>
      <ol className="annotation-list" aria-label="Annotations in text order" style={{ height }}>
        {virtualizer.getVirtualItems().map((row) => {
          const item = items[row.index];
          if (!item) return null;
          return (
            <li
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={row.index}
              aria-setsize={items.length}
              aria-posinset={row.index + 1}
              style={{ transform: `translateY(${row.start}px)` }}
            >
              <Card
                item={item}
                selected={item.key === selectedKey}
                setName={setNames.get(item.annotation.setId)}
                onChoose={choose}
                onFocusChange={setFocusedKey}
              />
            </li>
          );
        })}
      </ol>
    </div>
  );
}
