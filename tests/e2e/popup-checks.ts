// What the popup end-to-end tests check in either browser: tabs against the Node Analysis, axe-core, reveal on the page.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { Analysis, Entity } from '../../src/analysis';
import { ROOT } from './sample-page';

export const ARTIFACTS = join(ROOT, 'dist', 'e2e');
const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** Whether the built content script draws highlights (content/main.ts wires the highlighter in). */
export function highlighterBuilt(browser: 'chrome' | 'firefox'): boolean {
  const file = join(ROOT, 'dist', browser, 'content.js');
  return existsSync(file) && readFileSync(file, 'utf8').includes('newslens-flash');
}

/** The entity a reader would look for far down the page: the latest first mention, so revealing it must scroll. */
export function entityDownThePage(analysis: Analysis): Entity {
  const first = (entity: Entity) => Math.min(...entity.mentions.map((span) => span.block * 1e6 + span.start));
  return [...analysis.entities].sort((a, b) => first(b) - first(a))[0]!;
}

/** The tabs, their counts and each panel's items agree with the Analysis the Node parser makes of the same page. */
export async function expectTabsMatch(popup: Page, expected: Analysis): Promise<void> {
  await popup.waitForSelector('[role="tab"]');
  const tabs = await popup.$$eval('[role="tab"]', (items) => items.map((item) => [item.id, item.querySelector('.count')?.textContent]));
  expect(tabs.map(([id]) => id)).toEqual(['tab-facts', 'tab-entities', 'tab-quotes', 'tab-sources']);
  expect(Number(tabs[0]![1])).toBe(expected.facts.length);
  expect(Number(tabs[1]![1])).toBe(expected.entities.length);
  expect(Number(tabs[2]![1])).toBe(expected.quotes.length);
  expect(expected.facts.length).toBeGreaterThan(0);

  await popup.click('#tab-facts');
  const facts = await popup.$$eval('.item.fact .text', (items) => items.map((item) => item.textContent));
  expect(facts).toEqual(expected.facts.map((fact) => fact.text));

  // Keyboard alone: from the Facts tab, the right arrow opens Entities.
  await popup.focus('#tab-facts');
  await popup.keyboard.press('ArrowRight');
  await popup.waitForSelector('#tab-entities[aria-selected="true"]');
  expect(await popup.evaluate(() => document.activeElement?.id)).toBe('tab-entities');
  const names = await popup.$$eval('.item.entity .name', (items) => items.map((item) => item.textContent));
  expect([...names].sort()).toEqual(expected.entities.map((entity) => entity.name).sort());

  await popup.keyboard.press('End');
  await popup.waitForSelector('#tab-sources[aria-selected="true"]');
  const shown = await popup.$eval('#panel-sources', (panel) => panel.textContent ?? '');
  for (const name of [...expected.sources.authors, ...expected.sources.wire, ...(expected.sources.publisher ? [expected.sources.publisher] : [])]) {
    expect(shown).toContain(name);
  }
}

/** axe-core over the whole popup, in the colour scheme the page is emulating; the rules that passed show it looked. */
export async function axeOnPopup(popup: Page): Promise<{ violations: string[]; passed: string[] }> {
  // Evaluated by the driver, not as an inline <script>, which the extension page's CSP refuses.
  await popup.evaluate(AXE_SOURCE);
  return popup.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return {
      violations: result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      passed: result.passes.map((p) => p.id),
    };
  });
}

/** The page's scroll position and what is flashing now (marks carry an attribute, unmarked spans a wrapper). */
export async function pageFlash(page: Page): Promise<{ scrollY: number; flashing: string }> {
  return page.evaluate(() => ({
    scrollY: window.scrollY,
    flashing: [...document.querySelectorAll('[data-newslens-flash], newslens-flash')].map((el) => el.textContent).join(' '),
  }));
}

/** An invented section front: headlines and teasers, no single story (the parser's isArticle is false). */
export const LISTING_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Coast news – The Elling Courier</title>
<meta property="og:type" content="website"></head>
<body>
<header><a href="/">The Elling Courier</a><nav><a href="/coast">Coast</a> <a href="/city">City</a> <a href="/sport">Sport</a></nav></header>
<main>
<h1>Coast</h1>
<ul class="stories">
<li><article><h2><a href="/coast/night-ferry">Port Elling council backs a night ferry to Skarholm</a></h2><p>Mayor Mara Lindqvist says the line could open before the Lantern Festival.</p></article></li>
<li><article><h2><a href="/coast/berth">Old ferry berth needs repairs, harbour office says</a></h2><p>Work could take most of the spring.</p></article></li>
<li><article><h2><a href="/coast/lighthouse">Volunteers repaint the Skarholm lighthouse</a></h2><p>Nordwave Ferries lent a boat for the paint.</p></article></li>
<li><article><h2><a href="/coast/storm">Storm closes the coast road for a day</a></h2><p>The road reopened on Thursday morning.</p></article></li>
<li><article><h2><a href="/coast/fish">Fish market moves to the north quay</a></h2><p>Traders say the new hall is warmer.</p></article></li>
</ul>
</main>
<footer>© The Elling Courier</footer>
</body></html>
`;

/** A one-page blank PDF with a correct cross-reference table, so the browser's viewer opens it. */
export function tinyPdf(): string {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>'];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  return `${body}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
}
