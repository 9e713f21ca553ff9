// Quotes are shown between quotation marks once: a quote that brings its own is shown as it is.
import { describe, expect, it } from 'vitest';
import { inQuotationMarks } from './quote-marks';

describe('inQuotationMarks', () => {
  it('puts a plain quote between curly quotation marks', () => {
    expect(inQuotationMarks('Nikolai Patrushev')).toBe('“Nikolai Patrushev”');
    expect(inQuotationMarks('139')).toBe('“139”');
  });

  it('adds none to a quote that starts or ends with quotation marks of its own', () => {
    expect(inQuotationMarks('“Ukraine is obviously behind the attack”')).toBe('“Ukraine is obviously behind the attack”');
    expect(inQuotationMarks('«The preliminary results»')).toBe('«The preliminary results»');
    expect(inQuotationMarks('„Ukraine“')).toBe('„Ukraine“');
    expect(inQuotationMarks('「恐怖袭击」')).toBe('「恐怖袭击」');
    expect(inQuotationMarks('"ISIS-K" alone')).toBe('"ISIS-K" alone');
    expect(inQuotationMarks('stating that “it will be the task”')).toBe('stating that “it will be the task”');
    expect(inQuotationMarks("'quoted'")).toBe("'quoted'");
  });

  it('still adds them when the quote only starts or ends with an apostrophe', () => {
    expect(inQuotationMarks('the players’')).toBe('“the players’”');
    expect(inQuotationMarks("the players'")).toBe("“the players'”");
    expect(inQuotationMarks('’90s revival')).toBe('“’90s revival”');
    expect(inQuotationMarks("'tis said")).toBe("“'tis said”");
  });

  it('shows an empty quote as empty marks', () => {
    expect(inQuotationMarks('')).toBe('“”');
  });
});
