// Prints the browser benchmark's figures beside their targets.

export interface Figure {
  name: string;
  value: number;
  unit: 'ms' | '%' | 'pages';
  /** The issue's target (at most), or null for a figure that is only reported. */
  target: number | null;
  detail: string;
}

export function summarise(values: number[]): { median: number; max: number; first: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, max: sorted[sorted.length - 1]!, first: values[0]! };
}

export function printFigures(figures: Figure[]): void {
  const width = Math.max(...figures.map((f) => f.name.length));
  console.log(`\n${'figure'.padEnd(width)} | ${'measured'.padStart(10)} | ${'target'.padStart(10)}`);
  console.log(`${'-'.repeat(width)}-|-${'-'.repeat(10)}-|-${'-'.repeat(10)}`);
  for (const f of figures) {
    const target = f.target === null ? 'reported' : `< ${f.target} ${f.unit} ${f.value < f.target ? '✓' : '✗'}`;
    console.log(`${f.name.padEnd(width)} | ${`${f.value.toFixed(1)} ${f.unit}`.padStart(10)} | ${target.padStart(10)}`);
    console.log(`${' '.repeat(width)}   ${f.detail}`);
  }
}
