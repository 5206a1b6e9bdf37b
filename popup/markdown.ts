// "Copy as Markdown": the Analysis as a short, well-formed Markdown summary a reader can paste anywhere.
import type { Analysis } from '../src/analysis';
import { ENTITY_TYPES } from '../src/settings';
import { attributionName, bySalience, indexEntities, speakerName } from './analysis-lookup';
import { formatPublished, joinNames } from './format';
import type { Translate } from './i18n';

/** Page text is data, not markup: characters Markdown reads as syntax are escaped, line breaks folded. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/([\\`*_[\]<>#|~])/g, '\\$1');
}

/** A paragraph or list item of page text: also escapes a start that Markdown would read as a (nested) list or a rule. */
function paragraph(text: string): string {
  return escapeMarkdown(text).replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** An address as an autolink only when it is one; anything else is escaped text. */
function link(url: string): string {
  return /^https?:\/\/[^\s<>]+$/.test(url) ? `<${url}>` : escapeMarkdown(url);
}

export function analysisToMarkdown(analysis: Analysis, t: Translate): string {
  const { article, sources } = analysis;
  const entities = indexEntities(analysis);
  const lines: string[] = [];
  const section = (title: string, items: string[]) => {
    if (items.length === 0) return;
    lines.push('', `## ${title}`, '', ...items);
  };

  lines.push(`# ${escapeMarkdown(article.title ?? t('untitledPage'))}`);
  if (article.dek) lines.push('', paragraph(article.dek));
  const sourceLine = [
    article.authors.length ? t('byAuthors', joinNames(article.authors)) : null,
    article.publisher,
    formatPublished(article.publishedAt),
    article.wire.length ? t('wireLine', joinNames(article.wire)) : null,
    article.image?.credit ? t('photoLine', article.image.credit) : null,
  ].filter((part): part is string => Boolean(part));
  if (sourceLine.length) lines.push('', paragraph(sourceLine.join(' · ')));
  const url = article.canonicalUrl ?? analysis.url;
  if (url) lines.push('', link(url));

  section(t('tabFacts'), analysis.facts.map((fact) => {
    const source = attributionName(fact, entities);
    const said = ` — ${source ? t('accordingTo', escapeMarkdown(source)) : t('noSourceGiven')}`;
    const when = fact.when ? ` (${escapeMarkdown(fact.when)})` : '';
    return `- ${paragraph(fact.text)}${said}${when}`;
  }));

  const entityLines: string[] = [];
  for (const type of ENTITY_TYPES) {
    const ofType = bySalience(analysis.entities.filter((entity) => entity.type === type));
    if (ofType.length === 0) continue;
    if (entityLines.length) entityLines.push('');
    entityLines.push(`### ${t(`typePlural_${type}`)}`, '');
    for (const entity of ofType) {
      const affiliation = entity.affiliation ? entities.get(entity.affiliation)?.name : null;
      const role = entity.role && affiliation ? t('roleOf', entity.role, affiliation) : entity.role;
      entityLines.push(`- **${escapeMarkdown(entity.name)}**${role ? `, ${escapeMarkdown(role)}` : ''}`);
    }
  }
  section(t('tabEntities'), entityLines);

  section(t('tabQuotes'), analysis.quotes.map((quote) => {
    const speaker = speakerName(quote, entities);
    const who = speaker ? escapeMarkdown(speaker) : t('unknownSpeaker');
    // Reported speech is not the speaker's words, so it gets no quotation marks.
    return quote.kind === 'indirect'
      ? `- ${paragraph(quote.text)} — ${who} (${t('quoteKind_indirect')})`
      : `- “${escapeMarkdown(quote.text)}” — ${who}`;
  }));

  const sourceItems: string[] = [];
  const item = (label: string, value: string) => sourceItems.push(`- ${label}: ${escapeMarkdown(value)}`);
  if (sources.authors.length) item(t('labelAuthors'), joinNames(sources.authors));
  if (sources.publisher) item(t('labelPublisher'), sources.publisher);
  if (sources.wire.length) item(t('labelWire'), joinNames(sources.wire));
  const photo = article.image?.credit ? [article.image.credit] : sources.photo;
  if (photo.length) item(t('labelPhoto'), joinNames(photo));
  if (sources.named.length) {
    item(t('labelQuoted'), sources.named.map((named) => `${entities.get(named.entity)?.name ?? named.entity} (${named.quotes})`).join(', '));
  }
  if (sources.anonymous) item(t('labelAnonymous'), String(sources.anonymous));
  if (sources.unattributed) item(t('labelUnattributed'), String(sources.unattributed));
  section(t('tabSources'), sourceItems);

  return lines.join('\n') + '\n';
}
