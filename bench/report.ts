// The terminal report: one table per set, speed, thresholds, and a markdown table for the closing note.
import { ANCHORS } from './anchors';
import { FIGURE_LABELS, SET_FIGURES } from './metrics/figures';
import type { CheckLine, SetSummary, SpeedSummary } from './summary';
import { fraction, markdownTable, textTable } from './table';
import { thresholdFor, MAX_TIME_RATIO } from './thresholds';

export function setReport(summary: SetSummary, compare: boolean): string {
  const { set, pages, figures } = summary;
  const header = ['figure', 'n', 'ours DEV', 'ours HELD-OUT', 'ours ALL'];
  if (compare) header.push('Readability', 'metascraper');
  header.push('README anchor', 'target', 'met');
  const rows = SET_FIGURES[set].flatMap((figure) => {
    const all = figures.ours.all[figure];
    if (!all && !figures.readability.all[figure]) return [];
    const threshold = thresholdFor(set, figure);
    const row = [
      FIGURE_LABELS[figure],
      String(all?.n ?? figures.readability.all[figure]?.n ?? 0),
      fraction(figures.ours.dev[figure]?.value),
      fraction(figures.ours['held-out'][figure]?.value),
      fraction(all?.value),
    ];
    if (compare) row.push(fraction(figures.readability.all[figure]?.value), fraction(figures.metascraper.all[figure]?.value));
    row.push(
      ANCHORS[set]?.[figure] ?? '',
      threshold ? `≥ ${threshold.min.toFixed(2)}` : '',
      threshold && all ? (all.value >= threshold.min ? 'yes' : 'NO') : '',
    );
    return [row];
  });
  const errors = Object.entries(summary.toolErrors).map(([tool, count]) => `${tool} threw on ${count}`);
  const title =
    `${set}: ${pages.all} pages (DEV ${pages.dev}, HELD-OUT ${pages['held-out']})` +
    `, ${summary.unreadable} unreadable${errors.length ? `, ${errors.join(', ')}` : ''}` +
    (compare ? '; Readability and metascraper on ALL pages' : '');
  const messages = [
    ...Object.entries(summary.errorMessages).flatMap(([tool, counts]) =>
      Object.entries(counts ?? {}).map(([message, count]) => `  ${tool} threw ×${count}: ${message}`),
    ),
    ...Object.entries(summary.noteMessages).flatMap(([tool, counts]) =>
      Object.entries(counts ?? {}).map(([message, count]) => `  ${tool} ×${count}: ${message}`),
    ),
  ];
  const notes = summary.noDatePages
    ? [`  day: ${summary.noDatePages} pages have gold null (no date); they count as right when the tool returns no date, wrong otherwise`]
    : [];
  return [title, textTable(header, rows), ...notes, ...messages].join('\n');
}

export function speedReport(speed: SpeedSummary | null): string {
  if (!speed) return 'speed: not measured (run with the comparison tools to time Readability)';
  const header = ['structure time per page', 'median ms', 'mean ms'];
  const ms = (value: number) => value.toFixed(2);
  const rows = [
    ['Newslens analyzeDocument', ms(speed.ours.median), ms(speed.ours.mean)],
    ['Readability .parse()', ms(speed.readability.median), ms(speed.readability.mean)],
    ['ratio ours / Readability', speed.medianRatio.toFixed(2), speed.meanRatio.toFixed(2)],
  ];
  const jsdom = speed.readabilityJsdom;
  if (jsdom) rows.push([`(Readability .parse() on jsdom, ${jsdom.pages} pages, cached)`, ms(jsdom.median), ms(jsdom.mean)]);
  return (
    `speed over ${speed.pages} pages (each tool on its own linkedom parse of the page, parse not timed;` +
    ` pages where Readability throws on linkedom left out; target ratio of means ≤ ${MAX_TIME_RATIO})\n` +
    textTable(header, rows)
  );
}

export function checkReport(lines: readonly CheckLine[], title = 'targets (ours, ALL pages of this run)'): string {
  const rows = lines.map((line) => [
    line.label,
    line.label.startsWith('time') ? (line.value?.toFixed(2) ?? '–') : fraction(line.value),
    line.target,
    line.met === null ? 'not run' : line.met ? 'met' : 'NOT MET',
  ]);
  return `${title}\n${textTable(['threshold', 'ours', 'target', ''], rows)}`;
}

/** A compact table to paste into a closing note. */
export function markdownReport(summaries: readonly SetSummary[], speed: SpeedSummary | null, compare: boolean): string {
  const header = ['set · figure', 'Newslens DEV', 'HELD-OUT', 'ALL'];
  if (compare) header.push('Readability', 'metascraper');
  header.push('target');
  const rows: string[][] = [];
  for (const summary of summaries) {
    for (const figure of SET_FIGURES[summary.set]) {
      if (figure.endsWith('-p') || figure.endsWith('-r')) continue;
      const ours = summary.figures.ours;
      if (!ours.all[figure]) continue;
      const threshold = thresholdFor(summary.set, figure);
      const row = [
        `${summary.set} · ${FIGURE_LABELS[figure].trim()}`,
        fraction(ours.dev[figure]?.value),
        fraction(ours['held-out'][figure]?.value),
        fraction(ours.all[figure]?.value),
      ];
      if (compare) {
        row.push(fraction(summary.figures.readability.all[figure]?.value), fraction(summary.figures.metascraper.all[figure]?.value));
      }
      row.push(threshold ? `≥ ${threshold.min.toFixed(2)}` : 'reported');
      rows.push(row);
    }
  }
  let text = markdownTable(header, rows);
  if (speed) {
    text +=
      `\n\nStructure time per page (${speed.pages} pages, linkedom): Newslens median ${speed.ours.median.toFixed(1)} ms, ` +
      `mean ${speed.ours.mean.toFixed(1)} ms; Readability.parse median ${speed.readability.median.toFixed(1)} ms, ` +
      `mean ${speed.readability.mean.toFixed(1)} ms; ratio of means ${speed.meanRatio.toFixed(2)} (target ≤ ${MAX_TIME_RATIO}).`;
  }
  return text;
}
