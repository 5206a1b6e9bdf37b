// Builds pages and hand-made Analyses for the highlighter tests: the blocks come from the real parser, the entities from the test.
import { analyzeDocument } from '../../../src/analyze';
import type { Analysis, Entity, Span } from '../../../src/analysis';

/** Replaces the jsdom document's content with a page. */
export function loadPage(html: string): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.replaceChild(document.importNode(parsed.documentElement, true), document.documentElement);
}

/** An article page around the given body HTML. */
export function article(body: string, title = 'Harbour talks open in Vantown'): string {
  return `<!doctype html><html lang="en"><head><title>${title}</title></head><body><header><nav><a href="/">Home</a></nav></header>` +
    `<main><article><h1>${title}</h1>${body}</article></main><footer><p>Footer text about Vantown</p></footer></body></html>`;
}

/** The page's blocks as the parser reads them, with no entities: the test adds its own. */
export function blocksOnly(): Analysis {
  return analyzeDocument(document, { url: 'https://news.example/story', structureOnly: true });
}

/** Every occurrence of `text` in the blocks, as spans. */
export function spansOf(analysis: Analysis, text: string): Span[] {
  const spans: Span[] = [];
  analysis.blocks.forEach((block, index) => {
    for (let at = block.text.indexOf(text); at !== -1; at = block.text.indexOf(text, at + 1)) {
      spans.push({ block: index, start: at, end: at + text.length });
    }
  });
  return spans;
}

/** Adds an entity named `name` whose mentions are every occurrence of each surface form. */
export function withEntity(analysis: Analysis, name: string, type: Entity['type'], forms: string[] = [name]): Analysis {
  const mentions = forms.flatMap((form) => spansOf(analysis, form)).sort((a, b) => a.block - b.block || a.start - b.start);
  const entity: Entity = { id: `e${analysis.entities.length + 1}`, type, name, aliases: [], role: null, affiliation: null, mentions, salience: 0.5 };
  return { ...analysis, entities: [...analysis.entities, entity] };
}

/** Every text node under a root, in order. */
export function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** What each mark wraps, in document order: "entity:text". */
export function markTexts(): string[] {
  return [...document.querySelectorAll('newslens-mark')].map((mark) => `${mark.getAttribute('data-entity')}:${mark.textContent}`);
}
