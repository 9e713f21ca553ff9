// A quote that may be very long (a colleague's file can quote 100,000 characters, which take
// seconds to lay out): cut after a few hundred characters, with a button that shows the whole in
// a scrolling box, where a long run without spaces stays on its line instead of being broken.
import { useState } from 'react';
import { codePointLength } from '../../../shared/code-points';
import { formatCount } from '../ui/plural';
import { inQuotationMarks, listedText } from './quote-marks';

interface LongQuoteProps {
  text: string;
  /** Between quotation marks, as lists show quotes. */
  marked: boolean;
  className?: string;
}

export function LongQuote({ text, marked, className }: LongQuoteProps) {
  const [whole, setWhole] = useState(false);
  const shown = listedText(text);
  return (
    <>
      <span className={className}>{marked ? inQuotationMarks(shown) : shown}</span>
      {shown !== text && !whole && (
        <button type="button" className="show-whole" onClick={() => setWhole(true)}>
          Show the whole quote ({formatCount(codePointLength(text))} characters)
        </button>
      )}
      {whole && (
        <div role="region" aria-label="Whole quote" className="whole-quote">
          {text}
        </div>
      )}
    </>
  );
}
