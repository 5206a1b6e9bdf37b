// Plain-text and markdown tables for the terminal report.

/** Columns padded to their widest cell; the first column left-aligned, the rest right-aligned. */
export function textTable(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((row) => (row[column] ?? '').length)));
  const line = (row: string[]) =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export function markdownTable(header: string[], rows: string[][]): string {
  const line = (row: string[]) => `| ${row.join(' | ')} |`;
  return [line(header), line(header.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

/** ".912" style: three decimals without the leading zero; "–" when there is no figure. */
export function fraction(value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return '–';
  return value >= 1 ? '1.000' : value.toFixed(3).replace(/^0/, '');
}
