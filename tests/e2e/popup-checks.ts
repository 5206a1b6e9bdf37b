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
