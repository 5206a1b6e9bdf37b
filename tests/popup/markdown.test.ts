// "Copy as Markdown": the exact summary of an invented story, and page text that must stay text.
import { describe, expect, it } from 'vitest';
import { analysisToMarkdown, escapeMarkdown } from '../../popup/markdown';
import { inventedAnalysis } from './invented-analysis';
import { t } from './translate';

describe('analysisToMarkdown', () => {
  it('writes title, source line, facts with attributions, entities by type, quotes with speakers and sources', () => {
    expect(analysisToMarkdown(inventedAnalysis(), t)).toBe(`# Port Elling council backs a night ferry to Skarholm

Mayor Mara Lindqvist says the line could open before the Lantern Festival.

By Ines Halvorsen and Tomas Brekke · The Elling Courier · March 11, 2025 · Wire: Baltic Wire · Photo: Courier Photo Desk

<https://courier.example/coast/night-ferry>

## Facts

- The council of Port Elling voted 9 to 2 to fund a night ferry. — no source given (2025-03-11)
- Tickets would cost 4 crowns. — according to Mara Lindqvist
- The berth needs repairs first. — according to A harbour official
- The service should start in May. — according to Baltic Wire (2025-05)

## Entities

### People

- **Mara Lindqvist**, Mayor, Port Elling

### Organisations

- **Nordwave Ferries**

### Places

- **Port Elling**
- **Skarholm**

### Events

- **Lantern Festival**

## Quotes

- “We have waited long enough for a boat after ten” — Mara Lindqvist
- tickets would cost 4 crowns — Mara Lindqvist (reported speech)
- the berth needs repairs first — A harbour official (reported speech)

## Sources

- Authors: Ines Halvorsen and Tomas Brekke
- Publisher: The Elling Courier
- Wire: Baltic Wire
- Photo: Courier Photo Desk
- Quoted: Mara Lindqvist (2)
- Unnamed sources: 1
- Facts with no source: 1
`);
  });

  it('leaves out empty sections and names an untitled page', () => {
    const analysis = inventedAnalysis();
    analysis.article = { ...analysis.article, title: null, dek: null, authors: [], publisher: null, publishedAt: null, wire: [], image: null, canonicalUrl: null };
    analysis.url = null;
    Object.assign(analysis, { facts: [], quotes: [], entities: [] });
    analysis.sources = { authors: [], publisher: null, wire: [], photo: [], named: [], anonymous: 0, unattributed: 0 };
    expect(analysisToMarkdown(analysis, t)).toBe('# Untitled page\n');
  });

  it('keeps hostile page text as text: no markup, links, HTML or extra lines get through', () => {
    const analysis = inventedAnalysis();
    analysis.article.title = 'Breaking: *all* [click](javascript:alert(1)) <img src=x onerror=alert(1)>\n# not a heading';
    analysis.article.dek = '- not a list | `code` _under_';
    analysis.article.canonicalUrl = 'javascript:alert(1)';
    analysis.facts[0]!.text = '1. Not an ordered list';
    const markdown = analysisToMarkdown(analysis, t);
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('# Breaking: \\*all\\* \\[click\\](javascript:alert(1)) \\<img src=x onerror=alert(1)\\> \\# not a heading');
    expect(lines[2]).toBe('\\- not a list \\| \\`code\\` \\_under\\_');
    expect(markdown).toContain('\n- 1\\. Not an ordered list — no source given (2025-03-11)\n');
    expect(markdown).not.toContain('<javascript');
    expect(markdown).toContain('\njavascript:alert(1)\n');
    // Every line is blank, a heading, a list item, an autolink or a paragraph that starts with no block syntax.
    for (const line of lines) {
      expect(line, line).toMatch(/^(|#{1,3} \S.*|- (?![-+*] |\d+[.)] )\S.*|<https?:\/\/[^\s<>]+>|[^-+#>*\s\d].*|\d+[^.)\d].*)$/);
    }
    // Only the autolink uses an unescaped angle bracket.
    expect(markdown.replace(/<https:\/\/courier\.example[^>]*>/, '').match(/(?<!\\)[<>]/g)).toBeNull();
  });
});

describe('escapeMarkdown', () => {
  it('escapes syntax characters and folds whitespace', () => {
    expect(escapeMarkdown('  a_b*c  \n d[e]\\f ')).toBe('a\\_b\\*c d\\[e\\]\\\\f');
  });
});
