// `analyze` end to end in-process: JSON Lines, the readable report, gzip, stdin, charsets, --plain and batches.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { jsonLines, runCli, SAMPLE_HTML, SEED_TEXT } from './harness';

interface ArticleFields {
  title: string | null;
  section: string | null;
  authors: string[];
  publishedAt: string | null;
  related: unknown[];
  wire: string[];
}
const articleOf = (line: Record<string, unknown>) => line.article as ArticleFields;

describe('CLI analyze', () => {
  it('--json prints one Analysis per file, in argument order, each with its file name', async () => {
    const result = await runCli(['analyze', '--json', 'page.html', 'copy.txt'], { 'page.html': SAMPLE_HTML, 'copy.txt': SEED_TEXT });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = jsonLines(result.stdout);
    expect(lines.map((line) => line.file)).toEqual(['page.html', 'copy.txt']);
    for (const line of lines) {
      expect(line.schema).toBe('newslens/analysis@1');
      expect(articleOf(line).title).toBe('China calls for closer Beijing-Moscow coordination in Asia Pacific');
      expect(articleOf(line).authors).toEqual(['Sadiq S Bhat']);
      expect(articleOf(line).wire).toEqual(['Reuters']);
    }
    // The copied text is read in the seed's format, not as plain lines.
    expect(articleOf(lines[1]!).section).toBe('WORLD');
    expect(articleOf(lines[1]!).related).toHaveLength(15);
  });

  it('prints a readable report with the structure, the sources, facts, entities, times and quotes', async () => {
    const result = await runCli(['analyze', 'copy.txt'], { 'copy.txt': SEED_TEXT });
    expect(result.code).toBe(0);
    const report = result.stdout;
    expect(report).toMatch(/^== copy\.txt\n/);
    expect(report).toMatch(/^Title +China calls for closer Beijing-Moscow coordination in Asia Pacific$/m);
    expect(report).toMatch(/^Kicker +WORLD · 2 min read$/m);
    expect(report).toMatch(/^Byline +Sadiq S Bhat$/m);
    expect(report).toMatch(/^Date +2024-02-28$/m);
    expect(report).toMatch(/^Credit +AP Archive$/m);
    expect(report).toMatch(/^Wire +Reuters$/m);
    expect(report).toMatch(/^Body +\d+ words, 9 paragraphs/m);
    expect(report).toMatch(/^Opening +China and Russia should strengthen/m);
    expect(report).toContain('Related (15)\n  - Gold prices fall sharply');
    expect(report).toMatch(/^Facts \(\d+\)$/m);
    expect(report).toContain('  - BRICS includes China, Brazil, Russia, India and South Africa.\n');
    expect(report).toMatch(/^ {2}anonymous: 0, unattributed: \d+$/m);
    expect(report).toMatch(/^Entities \(\d+\)$/m);
    expect(report).toContain('  - Sun Weidong (person, Vice Foreign Minister of China) ×5\n');
    expect(report).toContain('  - Kazan (place) ×1\n');
    expect(report).toMatch(/^Quotes \(\d+\)$/m);
    expect(report).toContain('  - Sun Weidong: “China supports Russia assuming the BRICS presidency this year');
    expect(report).toMatch(/^ {2}quoted: Sun Weidong \(4\), /m);
    expect(report).toContain('  - Monday → 2024-02-26\n');
    expect(report.split('\n').every((line) => line.length <= 100 || !line.includes(' '))).toBe(true);
  });

  it('reads gzip-compressed pages', async () => {
    const result = await runCli(['analyze', '--json', 'page.html.gz', 'copy.txt.gz'], {
      'page.html.gz': gzipSync(SAMPLE_HTML),
      'copy.txt.gz': gzipSync(SEED_TEXT),
    });
    expect(result.code).toBe(0);
    const lines = jsonLines(result.stdout);
    expect(lines.map((line) => articleOf(line).publishedAt)).toEqual(['2024-02-28T14:52:00+03:00', '2024-02-28']);
  });

  it('reads standard input for "-", telling a page from copied text by its first bytes', async () => {
    const page = await runCli(['analyze', '--json', '-'], {}, SAMPLE_HTML);
    expect(jsonLines(page.stdout)[0]).toMatchObject({ file: '(stdin)', isArticle: true });
    expect(articleOf(jsonLines(page.stdout)[0]!).related.length).toBeGreaterThan(0);
    const copy = await runCli(['analyze', '--json', '-'], {}, gzipSync(SEED_TEXT));
    expect(articleOf(jsonLines(copy.stdout)[0]!).section).toBe('WORLD');
  });

  it('decodes the charset the page declares', async () => {
    // "Москва" in windows-1251.
    const title = [0xcc, 0xee, 0xf1, 0xea, 0xe2, 0xe0];
    const head = new TextEncoder().encode('<html><head><meta charset="windows-1251"><title>');
    const tail = new TextEncoder().encode('</title></head><body><h1>');
    const end = new TextEncoder().encode('</h1><p>Short.</p></body></html>');
    const page = new Uint8Array([...head, ...title, ...tail, ...title, ...end]);
    const result = await runCli(['analyze', '--json', 'ru.html'], { 'ru.html': page });
    expect(articleOf(jsonLines(result.stdout)[0]!).title).toBe('Москва');
  });

  it('--plain makes every non-empty line of a .txt one paragraph', async () => {
    const result = await runCli(['analyze', '--json', '--plain', 'copy.txt'], { 'copy.txt': SEED_TEXT });
    const analysis = jsonLines(result.stdout)[0]!;
    const nonEmpty = new TextDecoder().decode(SEED_TEXT).split('\n').filter((line) => line.trim() !== '');
    expect(analysis.blocks).toEqual(nonEmpty.map((text) => ({ kind: 'paragraph', text: text.trim() })));
    expect(articleOf(analysis).title).toBeNull();
  });

  it('--url is passed to every analysis', async () => {
    const url = 'https://www.example.com/news/story-1';
    const result = await runCli(['analyze', '--json', '--url', url, 'copy.txt'], { 'copy.txt': SEED_TEXT });
    expect(jsonLines(result.stdout)[0]!.url).toBe(url);
  });

  it('reports a missing file on one line naming it, still analyses the rest, and exits 1', async () => {
    const result = await runCli(['analyze', '--json', 'a.txt', 'missing.html', 'b.html'], { 'a.txt': SEED_TEXT, 'b.html': SAMPLE_HTML });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('newslens: missing.html: no such file\n');
    expect(jsonLines(result.stdout).map((line) => line.file)).toEqual(['a.txt', 'b.html']);
  });
});
