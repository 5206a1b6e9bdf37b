// A 20 MB page (generated here, never committed) through the whole CLI: it must finish in bounded time.
import { describe, expect, it } from 'vitest';
import { jsonLines, runCli, SAMPLE_HTML, SEED_TEXT } from '../cli/harness';

const MB = 1_000_000;
/** Generous for a loaded 2-core CI machine (linkedom alone parses 20 MB in 3–9 s there); idle, the page takes ~6 s. */
const BUDGET_MS = 45_000;

/** The sample article, padded the way real heavy pages are: an inline app-state blob and a huge comment thread. */
function twentyMegabytePage(): string {
  const sample = new TextDecoder().decode(SAMPLE_HTML);
  const state = JSON.stringify({
    props: { stories: Array.from({ length: 52_000 }, (_, id) => ({ id, title: `Story ${id} about markets and politics`, teaser: 'x'.repeat(120) })) },
  });
  const comment = (i: number) =>
    `<div class="comment" id="c${i}"><p class="comment-author">Reader ${i}</p><p>Comment ${i}: the article makes a fair point about regional coordination, but the details matter a great deal here.</p></div>`;
  const comments = Array.from({ length: 52_000 }, (_, i) => comment(i)).join('\n');
  const padded = sample.replace(
    '</body>',
    `<script id="__APP_STATE__" type="application/json">${state}</script><section class="comments">${comments}</section></body>`,
  );
  return padded;
}

describe('a 20 MB page', () => {
  it(`is analysed within ${BUDGET_MS / 1000} s and still yields the article's metadata`, async () => {
    const page = new TextEncoder().encode(twentyMegabytePage());
    expect(page.length).toBeGreaterThan(20 * MB);
    expect(page.length).toBeLessThan(23 * MB);
    const started = performance.now();
    const result = await runCli(['analyze', '--json', 'big.html'], { 'big.html': page });
    const elapsed = performance.now() - started;
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(elapsed).toBeLessThan(BUDGET_MS);
    const analysis = jsonLines(result.stdout)[0] as { article: { title: string; authors: string[] } };
    expect(analysis.article.title).toBe('China calls for closer Beijing-Moscow coordination in Asia Pacific');
    expect(analysis.article.authors).toEqual(['Sadiq S Bhat']);
  }, 120_000);

  it(`a 20 MB copied text is analysed within ${BUDGET_MS / 1000} s with every paragraph kept`, async () => {
    const seed = new TextDecoder().decode(SEED_TEXT);
    const [head, rest] = [seed.slice(0, seed.indexOf('SOURCE:')), seed.slice(seed.indexOf('SOURCE:'))];
    const paragraph = 'Officials said on Tuesday that the talks would continue next week in Geneva, according to a statement released by the ministry.\n\n';
    const repeats = Math.ceil((20 * MB) / paragraph.length);
    const text = `${head}${paragraph.repeat(repeats)}${rest}`;
    const started = performance.now();
    const result = await runCli(['analyze', '--json', 'big.txt'], { 'big.txt': text });
    expect(performance.now() - started).toBeLessThan(BUDGET_MS);
    expect(result.code).toBe(0);
    const analysis = jsonLines(result.stdout)[0] as { article: { related: unknown[]; wire: string[] }; blocks: { kind: string }[] };
    expect(analysis.blocks.filter((block) => block.kind === 'paragraph')).toHaveLength(9 + repeats);
    expect(analysis.article.related).toHaveLength(15);
    expect(analysis.article.wire).toEqual(['Reuters']);
  }, 120_000);
});
