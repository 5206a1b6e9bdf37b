// @vitest-environment jsdom
// The rule taking ::before / ::after content off our marks is written only when a page stylesheet may give them some.
import { afterEach, describe, expect, it } from 'vitest';
import { createPageHighlighter } from '../../../content/highlight/highlighter';
import { pageMayStylePseudoElements } from '../../../content/highlight/pseudo-rules';
import { article, blocksOnly, loadPage, withEntity } from './helpers';

afterEach(() => {
  // jsdom keeps the sheets of a replaced documentElement in document.styleSheets: they are taken out first.
  document.querySelectorAll('style, link').forEach((el) => el.remove());
  loadPage('<!doctype html><html><head></head><body></body></html>');
});

const withStyle = (css: string) => article('<p>Mara Okafor met the Borel Institute in Vantown on Monday.</p>').replace('</head>', `<style>${css}</style></head>`);

/** A document whose only stylesheet cannot be read, as a stylesheet from another origin. */
function documentWithUnreadableSheet(): Document {
  const sheet = {
    get cssRules(): CSSRuleList {
      throw new DOMException('Cannot access rules', 'SecurityError');
    },
  } as unknown as CSSStyleSheet;
  return { styleSheets: [sheet], adoptedStyleSheets: [], querySelectorAll: () => [] } as unknown as Document;
}

describe('pageMayStylePseudoElements', () => {
  it('is false for a page without stylesheets or whose rules name no pseudo-element', () => {
    loadPage(article('<p>Mara Okafor met the Borel Institute in Vantown.</p>'));
    expect(pageMayStylePseudoElements(document)).toBe(false);
    loadPage(withStyle('p { color: #333 } a:hover, a:focus { text-decoration: underline } @media print { p { color: black } }'));
    expect(pageMayStylePseudoElements(document)).toBe(false);
  });

  it('is true for ::before or ::after anywhere: at the top, in @media, in @supports, or with the old single colon', () => {
    for (const css of [
      'p::before { content: "»" }',
      '@media screen { .x::after { content: "" } }',
      '@supports (display: grid) { @media screen { [data-type]::before { content: "T" } } }',
      'blockquote:after { content: close-quote }',
    ]) {
      document.querySelectorAll('style').forEach((el) => el.remove());
      loadPage(withStyle(css));
      expect(pageMayStylePseudoElements(document), css).toBe(true);
    }
  });

  it('is true when a stylesheet cannot be read or is still loading', () => {
    expect(pageMayStylePseudoElements(documentWithUnreadableSheet())).toBe(true);
    loadPage(article('<p>Mara Okafor met the Borel Institute in Vantown.</p>').replace('</head>', '<link rel="stylesheet" href="https://cdn.example/site.css"></head>'));
    expect(pageMayStylePseudoElements(document)).toBe(true);
  });

  it('leaves out the sheets it is told are our own', () => {
    loadPage(withStyle('newslens-mark::before { content: none }'));
    const own = document.styleSheets[0]!;
    expect(pageMayStylePseudoElements(document)).toBe(true);
    expect(pageMayStylePseudoElements(document, new Set([own]))).toBe(false);
  });
});

describe('the highlighter stylesheet', () => {
  async function highlightedStylesheet(): Promise<string> {
    const analysis = withEntity(blocksOnly(), 'Vantown', 'place');
    const highlighter = createPageHighlighter(document);
    await highlighter.highlight(analysis);
    await highlighter.written;
    expect(document.querySelectorAll('newslens-mark').length).toBeGreaterThan(0);
    return document.getElementById('newslens-highlight-style')!.textContent!;
  }

  it('has no pseudo-element rule on a page that styles no pseudo-element', async () => {
    loadPage(withStyle('p { color: #333 }'));
    const css = await highlightedStylesheet();
    expect(css).toContain('newslens-mark[data-type="place"]');
    expect(css).not.toContain('::before');
  });

  it('takes away the content a page gives ::before and ::after', async () => {
    loadPage(withStyle('[data-type]::before, [tabindex]::after { content: "AD" }'));
    expect(await highlightedStylesheet()).toContain('newslens-mark::before, newslens-mark::after, newslens-flash::before, newslens-flash::after { content: none !important; display: none !important; }');
  });
});
