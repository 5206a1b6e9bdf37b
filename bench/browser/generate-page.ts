// A large invented news page for the highlighting benchmark: about 1 MB of text in 5,000 paragraphs, named people, places and organisations throughout.

const PEOPLE = ['Mara Okafor', 'Tomas Lindqvist', 'Ana Ferreira', 'Idris Mensah', 'Lena Vogel', 'Ravi Chandran', 'Sofia Marchetti', 'Kenji Arata'];
const PLACES = ['Nairobi', 'Mombasa', 'Lisbon', 'Geneva', 'Jakarta', 'Santiago', 'Oslo', 'Cairo', 'Kenya', 'Chile'];
const ORGS = ['World Bank', 'United Nations', 'European Union', 'Red Cross', 'World Health Organization', 'African Union'];
const TEMPLATES = [
  (p: string, q: string, o: string) => `${p}, a senior adviser, met officials of the ${o} in ${q} on Tuesday to discuss new loans for roads and ports, her office said in a statement.`,
  (p: string, q: string, o: string) => `The ${o} delegation, led by ${p}, promised support for hospitals in ${q}, where the health ministry has warned of shortages since the spring.`,
  (p: string, q: string, o: string) => `Speaking in ${q}, ${p} told reporters that talks with the ${o} had been frank and useful, and that a further round was planned for next month.`,
  (p: string, q: string, o: string) => `Critics in ${q} said the plan backed by the ${o} would add to the national debt, though ${p} insisted the terms were fair and the timetable realistic.`,
];

/** A deterministic generator, so every run measures the same page. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function generateLargePage(paragraphs = 5000, seed = 7): string {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const body: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    const sentence = pick(TEMPLATES)(pick(PEOPLE), pick(PLACES), pick(ORGS));
    // Some inline markup, as real pages have: a link or emphasis every few paragraphs.
    const marked = i % 3 === 0 ? sentence.replace(/^(\S+ \S+)/, '<a href="/people">$1</a>') : i % 5 === 0 ? sentence.replace(/ (in \S+)/, ' <em>$1</em>') : sentence;
    body.push(`<p>${marked}</p>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Road loans: the full record</title>` +
    `<meta property="og:type" content="article"></head><body><main><article><h1>Road loans: the full record</h1>` +
    `${body.join('\n')}</article></main></body></html>`;
}
