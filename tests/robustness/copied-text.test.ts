// Pathological copied text through the CLI: huge lines, floods of dates or bylines, control-free noise.
import { describe, expect, it } from 'vitest';
import { jsonLines, runCli } from '../cli/harness';

async function analyseText(text: string, budgetMs: number) {
  const started = performance.now();
  const result = await runCli(['analyze', '--json', 'copy.txt'], { 'copy.txt': text });
  expect(performance.now() - started, 'no hang').toBeLessThan(budgetMs);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return jsonLines(result.stdout)[0] as { isArticle: boolean; blocks: { kind: string; text: string }[]; article: { title: string | null } };
}

describe('pathological copied text', () => {
  it('a single 5 MB line is one paragraph, read in bounded time', async () => {
    const analysis = await analyseText('word '.repeat(1_000_000), 15_000);
    expect(analysis.article.title).toBeNull();
    expect(analysis.blocks).toHaveLength(1);
  }, 30_000);

  it('thousands of date, byline and caption lines are read once each, without a date parser per line', async () => {
    const flood = [
      'Published 28 Feb 2024, 14:52 GMT',
      'By Jane Doe and John Roe',
      'Leaders meet in Beijing. / Photo: AP Archive / AP Archive',
    ].join('\n');
    const analysis = await analyseText(`${flood}\n`.repeat(20_000), 15_000);
    expect(analysis.blocks.length).toBeGreaterThan(0);
  }, 30_000);

  it('text with no letters at all is not an article', async () => {
    const analysis = await analyseText('0123456789 !?#%&*()[]{}<>\n'.repeat(10_000), 10_000);
    expect(analysis.isArticle).toBe(false);
  });
});
