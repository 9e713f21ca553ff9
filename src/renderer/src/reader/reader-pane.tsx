// The reading column: the article's title and provenance above its text (its word count counted
// once per article, not on every render: a 1 MB text takes tens of milliseconds to split).
import type { Article } from '../../../shared/article';
import { useMemo } from 'react';
import { ReaderView, type ReaderViewProps } from './reader-view';
import { shownName } from '../../../shared/visible-text';

interface ReaderPaneProps extends Omit<ReaderViewProps, 'label'> {
  article: Article;
}

const numberFormat = new Intl.NumberFormat('en');

/** How many runs of non-space characters the text has (what splitting at whitespace gives). */
function countWords(text: string): number {
  const word = /\S+/g;
  let count = 0;
  while (word.exec(text)) count++;
  return count;
}

export function ReaderPane({ article, ...view }: ReaderPaneProps) {
  const words = useMemo(() => countWords(article.text), [article.text]);
  return (
    <article className="reader" aria-labelledby="reader-title">
      <header className="reader-header">
        <h1 id="reader-title" title={shownName(article.title)}>
          {shownName(article.title)}
        </h1>
        <p className="reader-meta">
          <span>{shownName(article.source)}</span>
          {article.publishedOn && <span>{article.publishedOn}</span>}
          <span>{numberFormat.format(words)} words</span>
          <span>{numberFormat.format(article.length)} characters</span>
        </p>
      </header>
      <ReaderView label={`Text of “${shownName(article.title)}”`} {...view} />
    </article>
  );
}
