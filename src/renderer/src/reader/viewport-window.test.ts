// The viewport window's arithmetic on injected rectangles: which band of the screen is painted,
// and which blocks lie in it, whatever fonts or window the machine has.
import { describe, expect, it } from 'vitest';
import { blocksInBand, paintBand, type Band } from './viewport-window';

const band = (top: number, bottom: number): Band => ({ top, bottom });

describe('paintBand', () => {
  it('is the visible part grown by the margin, cut to the view', () => {
    // A 200 px scroller at 100–300 inside an 860 px window; the view is 10,000 px tall, scrolled 500 px.
    expect(paintBand(band(-400, 9600), [band(0, 860), band(100, 300)], 1)).toEqual(band(-100, 500));
    expect(paintBand(band(-400, 9600), [band(0, 860), band(100, 300)], 0.25)).toEqual(band(50, 350));
  });

  it('is sized by the smallest clip, not by the window', () => {
    const inWindow = paintBand(band(0, 5000), [band(0, 860)], 1);
    const inScroller = paintBand(band(0, 5000), [band(0, 860), band(0, 200)], 1);
    expect(inWindow).toEqual(band(0, 1720));
    expect(inScroller).toEqual(band(0, 400));
  });

  it('stops at the view’s own edges', () => {
    expect(paintBand(band(150, 250), [band(0, 860), band(100, 300)], 1)).toEqual(band(150, 250));
  });

  it('is null when no part of the view is visible', () => {
    expect(paintBand(band(400, 900), [band(0, 860), band(100, 300)], 1)).toBeNull();
    expect(paintBand(band(0, 100), [band(0, 860), band(300, 300)], 1)).toBeNull();
    expect(paintBand(band(0, 0), [band(0, 860)], 1)).toBeNull();
  });
});

describe('blocksInBand', () => {
  // Ten 50 px blocks with 10 px gaps: block i spans 60i to 60i + 50.
  const rects = (index: number): Band => band(60 * index, 60 * index + 50);

  it('finds the first and last block meeting the band', () => {
    expect(blocksInBand(10, rects, band(70, 230))).toEqual({ first: 1, last: 3 });
    expect(blocksInBand(10, rects, band(0, 600))).toEqual({ first: 0, last: 9 });
  });

  it('counts a block touching an edge, and not one in a gap beside it', () => {
    expect(blocksInBand(10, rects, band(50, 60))).toEqual({ first: 0, last: 1 });
    expect(blocksInBand(10, rects, band(52, 58))).toBeNull();
  });

  it('is null above, below, or with no blocks', () => {
    expect(blocksInBand(10, rects, band(-100, -10))).toBeNull();
    expect(blocksInBand(10, rects, band(700, 900))).toBeNull();
    expect(blocksInBand(0, rects, band(0, 100))).toBeNull();
  });
});
