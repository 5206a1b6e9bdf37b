// @vitest-environment jsdom
// The on-page highlighter over invented articles: where marks go, where they never go, and that teardown restores the page.
import { afterEach, describe, expect, it } from 'vitest';
import { createPageHighlighter } from '../../../content/highlight/highlighter';
import type { Analysis, Entity } from '../../../src/analysis';
import type { HighlightSummary } from '../../../src/messages';
import { article, blocksOnly, loadPage, markTexts, spansOf, textNodes, withEntity } from './helpers';

afterEach(() => loadPage('<!doctype html><html><head></head><body></body></html>'));

/** Highlights and waits until every mark is written (a slow first task may leave some for the next). */
async function highlightAll(analysis: Analysis, types?: Entity['type'][], highlighter = createPageHighlighter(document)): Promise<HighlightSummary> {
  const summary = await highlighter.highlight(analysis, types);
  await highlighter.written;
  return summary;
}

describe('highlight', () => {
  it('wraps each mention in a mark carrying its entity, type and mention number', async () => {
    loadPage(article('<p>Mara Okafor met the Borel Institute in Vantown on Monday, and Okafor said the talks went well.</p>'));
    let analysis = withEntity(blocksOnly(), 'Mara Okafor', 'person', ['Mara Okafor', 'Okafor said']);
    analysis = withEntity(analysis, 'Borel Institute', 'organization');
    analysis = withEntity(analysis, 'Vantown', 'place');
    // "Okafor said" overlaps nothing; the second form stands for a short-name mention.
    const highlighter = createPageHighlighter(document);
    const summary = await highlightAll(analysis, undefined, highlighter);

    expect(markTexts()).toEqual(['e3:Vantown', 'e1:Mara Okafor', 'e2:Borel Institute', 'e3:Vantown', 'e1:Okafor said']);
    expect(summary).toEqual({ marks: 5, entities: 3, unplaced: 0 });
    const first = document.querySelector('p newslens-mark')!;
    expect(first.getAttribute('data-type')).toBe('person');
    expect(first.getAttribute('data-mention')).toBe('0');
    expect(first.getAttribute('tabindex')).toBe('0');
    expect(highlighter.active).toBe(true);
  });

  it('puts one mark per text node when a mention crosses elements, and none around whitespace between them', async () => {
    loadPage(article('<p>The envoy <a href="/p/mara">Mara</a>\n   <b>Okafor</b> arrived in Vantown late on Monday evening.</p>'));
    const analysis = withEntity(blocksOnly(), 'Mara Okafor', 'person');
    await highlightAll(analysis);
    const marks = [...document.querySelectorAll('newslens-mark')];
    expect(marks.map((mark) => [mark.parentElement!.localName, mark.textContent, mark.getAttribute('tabindex')])).toEqual([
      ['a', 'Mara', '0'],
      ['b', 'Okafor', '-1'],
    ]);
    // The whitespace between the two elements stays a bare text node.
    expect(document.querySelector('p a')!.nextSibling!.nodeType).toBe(3);
  });

  it('finds blocks whose text the page spreads over <br>, soft hyphens and runs of spaces', async () => {
    loadPage(article('<p>Delegates from   Port\u00ADSelva<br>met the Borel\u00A0Institute board in Vantown to agree the harbour plan.</p>'));
    let analysis = withEntity(blocksOnly(), 'PortSelva', 'place');
    analysis = withEntity(analysis, 'Borel Institute', 'organization');
    const summary = await highlightAll(analysis);
    expect(summary.unplaced).toBe(0);
    expect(markTexts()).toEqual(['e1:Port\u00ADSelva', 'e2:Borel\u00A0Institute']);
  });

  it('marks only the chosen types', async () => {
    loadPage(article('<p>Mara Okafor met the Borel Institute in Vantown on Monday to talk about the harbour.</p>'));
    let analysis = withEntity(blocksOnly(), 'Mara Okafor', 'person');
    analysis = withEntity(analysis, 'Vantown', 'place');
    const summary = await highlightAll(analysis, ['place']);
    expect(markTexts()).toEqual(['e2:Vantown', 'e2:Vantown']);
    expect(summary.entities).toBe(1);
  });

  it('never writes inside code, pre, contenteditable regions or form fields, and counts those mentions as unplaced', async () => {
    loadPage(article(
      '<p>Vantown engineers published <code>Vantown.route()</code> for the harbour project this spring.</p>' +
      '<pre>Vantown harbour log, entry one, written by the engineers this spring</pre>' +
      '<div contenteditable="true"><p>Vantown notes the editors keep changing every single day.</p></div>' +
      '<div contenteditable=""><p><span contenteditable="false">Vantown inside a locked island of the editor.</span></p></div>' +
      '<p>A label <button>Vantown</button> and <textarea>Vantown</textarea> stay as they are in Vantown.</p>',
    ));
    const analysis = withEntity(blocksOnly(), 'Vantown', 'place');
    const before = document.body.innerHTML;
    const summary = await highlightAll(analysis);
    for (const region of ['code', 'pre', '[contenteditable]', 'button', 'textarea']) {
      expect(document.querySelectorAll(`${region} newslens-mark`)).toHaveLength(0);
    }
    expect(markTexts()).toEqual(['e1:Vantown', 'e1:Vantown', 'e1:Vantown']);
    expect(summary.unplaced).toBeGreaterThanOrEqual(4);
    expect(document.body.textContent).toBe(new DOMParser().parseFromString(before, 'text/html').body.textContent);
  });

  it('passes over a teaser above the story that repeats a sentence, and a footer naming the place', async () => {
    loadPage(article('<p>Vantown opened its harbour on Monday after the long strike.</p><p>The mayor of Vantown said the port would stay open.</p>')
      .replace('<main>', '<main><aside class="teaser"><p>The mayor of Vantown said the port would stay open.</p></aside>'));
    const analysis = withEntity(blocksOnly(), 'Vantown', 'place');
    await highlightAll(analysis);
    expect(document.querySelectorAll('aside newslens-mark, footer newslens-mark')).toHaveLength(0);
    expect(document.querySelectorAll('article newslens-mark')).toHaveLength(analysis.entities[0]!.mentions.length);
  });

  it('still places mentions after the page changed its text around them (the tolerant match)', async () => {
    loadPage(article('<p>Mara Okafor met the Borel Institute in Vantown on Monday to talk about the harbour.</p>'));
    let analysis = withEntity(blocksOnly(), 'Mara Okafor', 'person');
    analysis = withEntity(analysis, 'Vantown', 'place');
    // A script edits the paragraph after it was read: a word added before the names, the end rewritten.
    const paragraph = document.querySelector('article p')!;
    paragraph.firstChild!.textContent = 'Envoy Mara Okafor met the Borel Institute in Vantown on Monday to talk, sources said.';
    const summary = await highlightAll(analysis);
    expect(summary.unplaced).toBe(0);
    expect(markTexts()).toContain('e1:Mara Okafor');
    expect(markTexts()).toContain('e2:Vantown');
  });

  it('drops a mention whose words overlap another one', async () => {
    loadPage(article('<p>The Borel Institute of Vantown hosted the harbour talks on Monday evening.</p>'));
    let analysis = withEntity(blocksOnly(), 'Borel Institute of Vantown', 'organization');
    analysis = withEntity(analysis, 'Vantown', 'place');
    const summary = await highlightAll(analysis);
    expect(document.querySelectorAll('newslens-mark newslens-mark')).toHaveLength(0);
    expect(markTexts()).toContain('e1:Borel Institute of Vantown');
    expect(summary.unplaced).toBe(1);
  });
});

describe('unhighlight', () => {
  it('restores the very same text nodes with their text, and the markup, without touching the page text meanwhile', async () => {
    loadPage(article('<p>Mara Okafor met <i>the Borel</i> Institute in Vantown; Okafor and Vantown agreed.</p><p>Vantown again.</p>'));
    let analysis = withEntity(blocksOnly(), 'Mara Okafor', 'person', ['Mara Okafor', 'Okafor']);
    analysis = withEntity(analysis, 'Borel Institute', 'organization');
    analysis = withEntity(analysis, 'Vantown', 'place');
    const html = document.body.innerHTML;
    const text = document.body.textContent;
    const nodes = textNodes(document.body);
    const data = nodes.map((node) => node.data);

    const highlighter = createPageHighlighter(document);
    highlighter.highlight(analysis);
    await highlighter.written;
    expect(document.querySelectorAll('newslens-mark').length).toBeGreaterThan(4);
    expect(document.body.textContent).toBe(text);
    expect(document.getElementById('newslens-highlight-style')!.parentElement).toBe(document.head);

    highlighter.unhighlight();
    expect(document.body.innerHTML).toBe(html);
    expect(textNodes(document.body)).toEqual(nodes);
    expect(textNodes(document.body).map((node) => node.data)).toEqual(data);
    expect(document.getElementById('newslens-highlight-style')).toBeNull();
  });

  it('returns how many marks it removed and leaves the page as it was', async () => {
    loadPage(article('<p>Mara Okafor met <i>the Borel</i> Institute in Vantown; Okafor and Vantown agreed.</p>'));
    let analysis = withEntity(blocksOnly(), 'Mara Okafor', 'person', ['Mara Okafor', 'Okafor']);
    analysis = withEntity(analysis, 'Borel Institute', 'organization');
    analysis = withEntity(analysis, 'Vantown', 'place');
    const html = document.documentElement.outerHTML;
    const nodes = textNodes(document.body);
    const data = nodes.map((node) => node.data);
    const highlighter = createPageHighlighter(document);
    const { marks } = await highlightAll(analysis, undefined, highlighter);
    const removed = highlighter.unhighlight();
    expect(removed).toBe(marks);
    expect(highlighter.active).toBe(false);
    expect(document.documentElement.outerHTML).toBe(html);
    const after = textNodes(document.body);
    expect(after).toHaveLength(nodes.length);
    after.forEach((node, i) => {
      expect(node).toBe(nodes[i]);
      expect(node.data).toBe(data[i]);
    });
  });

  it('copes with a page that deleted some of our marks', async () => {
    loadPage(article('<p>Mara Okafor met the Borel Institute in Vantown on Monday.</p><p>Vantown stayed calm all week long after the talks.</p>'));
    const analysis = withEntity(blocksOnly(), 'Vantown', 'place');
    const highlighter = createPageHighlighter(document);
    const { marks } = await highlightAll(analysis, undefined, highlighter);
    document.querySelector('article p newslens-mark')!.remove();
    expect(highlighter.unhighlight()).toBe(marks - 1);
    expect(document.querySelectorAll('newslens-mark')).toHaveLength(0);
    expect(document.body.textContent).toContain('Vantown stayed calm');
  });

  it('highlighting again reads the colours behind the marks before taking them off, not from a page just changed', async () => {
    loadPage(article('<p>Mara Okafor met the Borel Institute in Vantown on Monday.</p>'));
    const analysis = withEntity(blocksOnly(), 'Vantown', 'place');
    const highlighter = createPageHighlighter(document);
    await highlightAll(analysis, undefined, highlighter);
    const marksAtEachRead: number[] = [];
    const read = window.getComputedStyle;
    window.getComputedStyle = (el: Element, pseudo?: string | null) => {
      marksAtEachRead.push(document.querySelectorAll('newslens-mark').length);
      return read.call(window, el, pseudo);
    };
    try {
      await highlightAll(analysis, undefined, highlighter);
    } finally {
      window.getComputedStyle = read;
    }
    expect(marksAtEachRead.length).toBeGreaterThan(0);
    expect(marksAtEachRead.every((count) => count === 2)).toBe(true);
    expect(markTexts()).toEqual(['e1:Vantown', 'e1:Vantown']);
  });

  it('highlighting twice replaces the marks instead of nesting them', async () => {
    loadPage(article('<p>Mara Okafor met the Borel Institute in Vantown on Monday.</p>'));
    const analysis = withEntity(blocksOnly(), 'Vantown', 'place');
    const highlighter = createPageHighlighter(document);
    highlighter.highlight(analysis);
    await highlightAll(analysis, undefined, highlighter);
    expect(markTexts()).toEqual(['e1:Vantown', 'e1:Vantown']);
    expect(document.querySelectorAll('newslens-mark newslens-mark')).toHaveLength(0);
  });
});

describe('reveal', () => {
  it('flashes the marks of a highlighted mention, then stops', async () => {
    loadPage(article('<p>Mara Okafor met the Borel Institute in Vantown on Monday.</p>'));
    const analysis = withEntity(blocksOnly(), 'Mara Okafor', 'person');
    const highlighter = createPageHighlighter(document, { flashMs: 20 });
    await highlightAll(analysis, undefined, highlighter);
    expect(highlighter.reveal(analysis, analysis.entities[0]!.mentions[0]!)).toBe(true);
    expect(document.querySelector('newslens-mark')!.hasAttribute('data-newslens-flash')).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(document.querySelector('newslens-mark')!.hasAttribute('data-newslens-flash')).toBe(false);
  });

  it('wraps an unmarked span in a short-lived flash and restores the text nodes afterwards', async () => {
    loadPage(article('<p>Mara Okafor met the Borel Institute in <b>Vantown</b> on Monday.</p>'));
    const analysis = blocksOnly();
    const html = document.body.innerHTML;
    const nodes = textNodes(document.body);
    const highlighter = createPageHighlighter(document, { flashMs: 20 });
    const [span] = spansOf(analysis, 'the Borel Institute in Vantown');
    expect(highlighter.reveal(analysis, span!)).toBe(true);
    expect([...document.querySelectorAll('newslens-flash')].map((el) => el.textContent)).toEqual(['the Borel Institute in ', 'Vantown']);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(document.body.innerHTML).toBe(html);
    expect(textNodes(document.body)).toEqual(nodes);
    expect(document.getElementById('newslens-highlight-style')).toBeNull();
  });

  it('answers false for a span that is not on the page', async () => {
    loadPage(article('<p>Mara Okafor met the Borel Institute in Vantown on Monday.</p>'));
    const analysis = blocksOnly();
    const changed = { ...analysis, blocks: [...analysis.blocks, { kind: 'paragraph' as const, text: 'A paragraph the page never had.' }] };
    expect(createPageHighlighter(document).reveal(changed, { block: changed.blocks.length - 1, start: 2, end: 11 })).toBe(false);
  });
});

describe('large pages', () => {
  it('writes in short tasks: the first part at once, the rest later, all of it in the end', async () => {
    const paragraphs = Array.from({ length: 800 }, (_, i) => `<p>Report ${i}: Mara Okafor met the Borel Institute in Vantown, and Vantown agreed.</p>`).join('');
    loadPage(article(paragraphs, 'Harbour reports'));
    let analysis = withEntity(blocksOnly(), 'Mara Okafor', 'person');
    analysis = withEntity(analysis, 'Vantown', 'place');
    const text = document.body.textContent;
    const highlighter = createPageHighlighter(document);
    const summary = await highlighter.highlight(analysis);
    expect(summary.marks).toBe(2400);
    const atOnce = document.querySelectorAll('newslens-mark').length;
    expect(atOnce).toBeGreaterThan(0);
    expect(atOnce).toBeLessThan(2400);
    // The top of the page, where the reader usually is, comes first: the first report is marked, the last not yet.
    const reports = document.querySelectorAll('article p');
    expect(reports[0]!.querySelectorAll('newslens-mark')).toHaveLength(3);
    expect(reports[reports.length - 1]!.querySelectorAll('newslens-mark')).toHaveLength(0);
    await highlighter.written;
    expect(document.querySelectorAll('newslens-mark')).toHaveLength(2400);
    expect(document.body.textContent).toBe(text);
    expect(highlighter.unhighlight()).toBe(2400);
  });

  it('reveal while marks are still being written finishes them first, so no mark is lost', async () => {
    const paragraphs = Array.from({ length: 800 }, (_, i) => `<p>Report ${i}: Mara Okafor met the Borel Institute in Vantown, and Vantown agreed.</p>`).join('');
    loadPage(article(paragraphs, 'Harbour reports'));
    const analysis = withEntity(blocksOnly(), 'Vantown', 'place');
    const highlighter = createPageHighlighter(document, { flashMs: 10 });
    const summary = await highlighter.highlight(analysis);
    // The last mention in the page is written last (the job goes from the top).
    const mentions = analysis.entities[0]!.mentions;
    expect(document.querySelectorAll('newslens-mark').length).toBeLessThan(summary.marks);
    expect(highlighter.reveal(analysis, mentions[mentions.length - 1]!)).toBe(true);
    expect(document.querySelectorAll('newslens-mark')).toHaveLength(summary.marks);
    const marks = document.querySelectorAll('newslens-mark');
    expect(marks[marks.length - 1]!.hasAttribute('data-newslens-flash')).toBe(true);
    await highlighter.written;
    expect(document.querySelectorAll('newslens-mark')).toHaveLength(summary.marks);
  });
});
