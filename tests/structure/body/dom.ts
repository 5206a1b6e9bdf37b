// Test helper: parses HTML into a Document with jsdom (the reference) or linkedom (the fast DOM the benchmarks use).
import { parseHTML } from 'linkedom';

/** jsdom's document (the test file must run in the jsdom environment). */
export function jsdomDocument(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

export function linkedomDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** A page with the given <body> content, and optional <head> content. */
export function page(body: string, head = ''): string {
  return `<!DOCTYPE html><html><head><title>Test</title>${head}</head><body>${body}</body></html>`;
}

/** Other prose, worded differently from storyParagraphs. */
export function otherParagraphs(count: number): string {
  return Array.from(
    { length: count },
    (_, i) => `<p>Fans of the visiting side travelled ${i + 2} hours by coach, sang through the second half, and left convinced that next season would finally bring a trophy home.</p>`,
  ).join('\n');
}

/** Story paragraphs long enough to score as prose. */
export function storyParagraphs(count: number, topic = 'The council'): string {
  return Array.from(
    { length: count },
    (_, i) => `<p>${topic} met on day ${i + 1} to discuss the budget, the schools, the roads and the harbour, and members said the plan would be published in the spring after a public hearing.</p>`,
  ).join('\n');
}
