// The reading column: the article's title and provenance above its text.
import type { Article } from '../../../shared/article';
import { ReaderView, type ReaderViewProps } from './reader-view';
import { shownName } from '../../../shared/visible-text';

interface ReaderPaneProps extends Omit<ReaderViewProps, 'label'> {
  article: Article;
}

const numberFormat = new Intl.NumberFormat('en');

export function ReaderPane({ article, ...view }: ReaderPaneProps) {
  const words = article.text.split(/\s+/).filter(Boolean).length;
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
