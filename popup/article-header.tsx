// The article's own account of itself: kicker, title, standfirst, byline and date, publisher, wire and photo credit.
import type { Analysis } from '../src/analysis';
import { formatPublished, joinNames } from './format';
import { useT } from './i18n';

export function ArticleHeader({ analysis }: { analysis: Analysis }) {
  const t = useT();
  const { article } = analysis;
  const published = formatPublished(article.publishedAt);
  const credit = article.image?.credit ?? (analysis.sources.photo.length ? joinNames(analysis.sources.photo) : null);
  const hasCredits = Boolean(article.publisher || article.wire.length || credit);
  return (
    <header class="article-header">
      {article.section && <p class="kicker">{article.section}</p>}
      <h1 class="title" id="article-title">{article.title ?? t('untitledPage')}</h1>
      {article.dek && <p class="dek">{article.dek}</p>}
      <p class="byline">
        {article.authors.length > 0 && <span class="authors">{t('byAuthors', joinNames(article.authors))}</span>}
        {published && <time class="published" dateTime={article.publishedAt ?? undefined}>{published}</time>}
        {article.statedReadingMinutes !== null && <span class="reading">{t('readingMinutes', article.statedReadingMinutes)}</span>}
      </p>
      {hasCredits && (
        <p class="credits">
          {article.publisher && <span class="publisher">{article.publisher}</span>}
          {article.wire.length > 0 && <span class="wire">{t('wireLine', joinNames(article.wire))}</span>}
          {credit && <span class="photo-credit">{t('photoLine', credit)}</span>}
        </p>
      )}
    </header>
  );
}
