// Command-line options and the threshold check of the benchmark runner.
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../bench/args';
import { checkThresholds, type SetSummary } from '../../bench/summary';
import { FIGURE_THRESHOLDS, QUICK_FLOORS } from '../../bench/thresholds';

describe('parseArgs', () => {
  it('defaults to all sets with the comparison tools', () => {
    const options = parseArgs([]);
    expect(options.sets).toEqual(['fundus', 'aeb', 'htmldate', 'trafilatura']);
    expect(options.compare).toBe(true);
    expect(options.failures).toBe(0);
  });
  it('reads repeated and comma-separated sets, counts and flags', () => {
    const options = parseArgs(['--set', 'aeb,fundus', '--set=aeb', '--failures', '3', '--quick', '--check', '--no-compare', '--jobs=1']);
    expect(options).toMatchObject({ sets: ['aeb', 'fundus'], failures: 3, quick: true, check: true, compare: false, jobs: 1 });
  });
  it('rejects unknown sets and options', () => {
    expect(() => parseArgs(['--set', 'nope'])).toThrow(/unknown set/);
    expect(() => parseArgs(['--fast'])).toThrow(/unknown option/);
    expect(() => parseArgs(['--failures', '-1'])).toThrow();
  });
});

describe('checkThresholds', () => {
  function summary(set: SetSummary['set'], figures: SetSummary['figures']['ours']['all']): SetSummary {
    const empty = { dev: {}, 'held-out': {}, all: {} };
    return {
      set,
      pages: { dev: 1, 'held-out': 1, all: 2 },
      unreadable: 0,
      noDatePages: 0,
      toolErrors: {},
      errorMessages: {},
      noteMessages: {},
      figures: { ours: { ...empty, all: figures }, readability: empty, metascraper: empty },
    };
  }
  it('marks figures met, not met, or not run', () => {
    const lines = checkThresholds([summary('aeb', { body: { value: 0.97, n: 2 } }), summary('htmldate', { day: { value: 0.5, n: 2 } })], null);
    expect(lines).toHaveLength(FIGURE_THRESHOLDS.length + 1);
    expect(lines.find((l) => l.label === 'aeb body')?.met).toBe(true);
    expect(lines.find((l) => l.label === 'htmldate day')?.met).toBe(false);
    expect(lines.find((l) => l.label === 'fundus title')?.met).toBeNull();
    expect(lines.at(-1)?.met).toBeNull();
  });
  it('checks the quick subset against the regression floors', () => {
    const lines = checkThresholds([summary('aeb', { body: { value: 0.955, n: 2 } })], null, QUICK_FLOORS, 1);
    expect(lines.find((l) => l.label === 'aeb body')?.met).toBe(false);
    expect(lines.find((l) => l.label === 'aeb body')?.target).toBe('≥ 0.96');
  });
  it('reads --check-floors', () => {
    expect(parseArgs(['--quick', '--check-floors'])).toMatchObject({ quick: true, checkFloors: true, check: false });
  });
});
