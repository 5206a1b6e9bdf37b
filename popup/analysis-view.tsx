// The article card: what the page says about itself (kicker, title, dek, byline, date) and its sources.
import type { Analysis } from '../src/analysis';
import { formatPublished, joinNames } from './format';

export function AnalysisView({ analysis }: { analysis: Analysis }) {
  const { article, sources } = analysis;
  const published = formatPublished(article.publishedAt);
  return (
    <article class="analysis" aria-label="Article">
      {!analysis.isArticle && (
        <p class="notice" role="note">This page does not look like a single news article; what Newslens found is below.</p>
      )}
      {article.section && <p class="kicker">{article.section}</p>}
      <h1 class="title">{article.title ?? 'Untitled page'}</h1>
      {article.dek && <p class="dek">{article.dek}</p>}
      <p class="byline">
        {article.authors.length > 0 && <span class="authors">By {joinNames(article.authors)}</span>}
        {published && <time class="published" dateTime={article.publishedAt ?? undefined}>{published}</time>}
        {article.statedReadingMinutes !== null && <span class="reading">{article.statedReadingMinutes} min read</span>}
      </p>
      <SourcesBlock analysis={analysis} />
      <p class="stats">{sources.publisher ? `${sources.publisher} · ` : ''}{analysis.stats.words} words in {analysis.blocks.length} blocks</p>
    </article>
  );
}

function SourcesBlock({ analysis }: { analysis: Analysis }) {
  const { sources, article } = analysis;
  const rows: [label: string, value: string][] = [];
  if (sources.authors.length) rows.push([sources.authors.length > 1 ? 'Authors' : 'Author', joinNames(sources.authors)]);
  if (sources.publisher) rows.push(['Publisher', sources.publisher]);
  if (sources.wire.length) rows.push(['Wire', joinNames(sources.wire)]);
  if (article.image?.credit) rows.push(['Image credit', article.image.credit]);
  else if (sources.photo.length) rows.push(['Image credit', joinNames(sources.photo)]);
  if (sources.named.length) rows.push(['Quoted', `${sources.named.length} named ${sources.named.length > 1 ? 'sources' : 'source'}`]);
  if (sources.anonymous) rows.push(['Anonymous', `${sources.anonymous} unnamed ${sources.anonymous > 1 ? 'sources' : 'source'}`]);
  return (
    <section class="sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading">Sources</h2>
      {rows.length === 0 ? (
        <p class="empty">The page names no author, publisher, agency or photo credit.</p>
      ) : (
        <dl>
          {rows.map(([label, value]) => (
            <div class="source-row" key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
