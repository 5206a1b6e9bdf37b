// The readable report of one Analysis: structure, body summary, related links, sources, then the NLP sections.
import type { Analysis } from '../src/analysis';
import { BODY_KINDS } from '../src/analysis';

const WIDTH = 100;
const LABEL = 11;

/** The report for one file, as lines of text (no trailing newline). */
export function formatReport(file: string, analysis: Analysis): string {
  const { article } = analysis;
  const out: string[] = [`== ${file}`];
  const field = (label: string, value: string | null | undefined) => {
    if (value) out.push(...wrap(value, WIDTH - LABEL).map((line, i) => `${(i === 0 ? label : '').padEnd(LABEL)}${line}`));
  };

  field('Page', analysis.isArticle ? 'news article' : 'not an article (home page, listing or too little text)');
  field('Title', article.title ?? '(none found)');
  const kicker = [article.section, article.statedReadingMinutes ? `${article.statedReadingMinutes} min read` : null].filter(Boolean);
  field('Kicker', kicker.join(' · '));
  field('Byline', article.authors.length > 0 ? article.authors.join(', ') : '(no person named)');
  const dates = [article.publishedAt, article.modifiedAt ? `modified ${article.modifiedAt}` : null].filter(Boolean);
  field('Date', dates.length > 0 ? dates.join(', ') : '(none found)');
  field('Publisher', article.publisher);
  field('Dek', article.dek);
  if (article.image) {
    field('Image', article.image.caption ?? article.image.alt ?? article.image.src);
    field('Credit', article.image.credit);
  }
  field('Wire', article.wire.join(', '));
  field('Language', article.language);
  field('URL', article.canonicalUrl ?? analysis.url);

  const body = analysis.blocks.filter((block) => BODY_KINDS.has(block.kind));
  const paragraphs = body.filter((block) => block.kind === 'paragraph').length;
  field('Body', `${analysis.stats.words} words, ${paragraphs} paragraphs${body.length > paragraphs ? `, ${body.length - paragraphs} other blocks` : ''} (read in ${analysis.stats.ms} ms)`);
  field('Opening', firstSentences(body.map((block) => block.text).join(' '), 2));

  if (article.related.length > 0) {
    out.push(`Related (${article.related.length})`);
    for (const item of article.related) out.push(...indent(item.href ? `${item.title} <${item.href}>` : item.title, '  - '));
  }

  const { sources } = analysis;
  out.push('Sources');
  out.push(...indent(`authors: ${sources.authors.join(', ') || 'none named'}`, '  '));
  out.push(...indent(`publisher: ${sources.publisher ?? 'unknown'}`, '  '));
  if (sources.wire.length > 0) out.push(...indent(`wire: ${sources.wire.join(', ')}`, '  '));
  if (sources.photo.length > 0) out.push(...indent(`photo: ${sources.photo.join(', ')}`, '  '));
  if (sources.named.length > 0) out.push(...indent(`quoted: ${sources.named.map((n) => `${entityName(analysis, n.entity)} (${n.quotes})`).join(', ')}`, '  '));
  if (analysis.facts.length > 0 || analysis.quotes.length > 0) {
    out.push(`  anonymous: ${sources.anonymous}, unattributed: ${sources.unattributed}`);
  }

  section(out, 'Facts', analysis.facts.map((fact) => fact.text), 'facts');
  section(out, 'Entities', [...analysis.entities]
    .sort((a, b) => b.salience - a.salience)
    .map((entity) => `${entity.name} (${[entity.type, roleOf(analysis, entity)].filter(Boolean).join(', ')}) ×${entity.mentions.length}`), null);
  section(out, 'Times', analysis.times.map((time) => `${time.text} → ${time.value ?? 'unresolved'}`), null);
  section(out, 'Quotes', analysis.quotes.map((quote) => {
    const speaker = quote.speaker ? entityName(analysis, quote.speaker) : quote.speakerText ?? 'unattributed';
    return `${speaker}: “${quote.text}”`;
  }), 'quotes');
  return out.join('\n');
}

/** A titled list; `unbuilt` names what this version does not extract yet, else an empty list reads "none found". */
function section(out: string[], title: string, items: string[], unbuilt: string | null): void {
  if (items.length === 0) {
    out.push(`${title.padEnd(LABEL)}${unbuilt ? `not available yet (${unbuilt} are not extracted in this version)` : 'none found'}`);
    return;
  }
  out.push(`${title} (${items.length})`);
  for (const item of items) out.push(...indent(item, '  - '));
}

/** "Vice Foreign Minister of China", the role alone, or null. */
function roleOf(analysis: Analysis, entity: Analysis['entities'][number]): string | null {
  if (!entity.role) return null;
  return entity.affiliation ? `${entity.role} of ${entityName(analysis, entity.affiliation)}` : entity.role;
}

function entityName(analysis: Analysis, id: string): string {
  return analysis.entities.find((entity) => entity.id === id)?.name ?? id;
}

/** The first `count` sentences of the body, cut at a sentence end. */
function firstSentences(text: string, count: number): string | null {
  if (text === '') return null;
  const sentences = text.match(/[^.!?]+(?:[.!?]+["”’']?|$)\s*/g) ?? [text];
  const opening = sentences.slice(0, count).join('').trim();
  return opening.length > 400 ? `${opening.slice(0, 399)}…` : opening;
}

function indent(text: string, prefix: string): string[] {
  const pad = ' '.repeat(prefix.length);
  return wrap(text, WIDTH - prefix.length).map((line, i) => (i === 0 ? prefix : pad) + line);
}

/** Word-wraps text to a width; a word longer than the width stays whole on its own line. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}
