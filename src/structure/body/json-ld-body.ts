// Reads schema.org articleBody from the page's JSON-LD, defensively: it only helps locate the body container.

const MAX_SCRIPT_LENGTH = 2_000_000;
const MAX_DEPTH = 12;
const MIN_BODY_LENGTH = 200;

/** JSON-LD scripts among the children of <head>: found without scanning the whole document. */
export function headJsonLdScripts(doc: Document): Element[] {
  const head = doc.head;
  if (!head) return [];
  return Array.from(head.children).filter((el) => el.localName === 'script' && isJsonLd(el));
}

export function isJsonLd(script: Element): boolean {
  return (script.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json';
}

/** The longest articleBody/text of an Article-like JSON-LD object in these scripts, or null. Never throws. */
export function articleBodyFromScripts(scripts: Element[]): string | null {
  let best: string | null = null;
  for (const script of scripts) {
    const source = script.textContent ?? '';
    if (source.length > MAX_SCRIPT_LENGTH || !source.includes('articleBody')) continue;
    let data: unknown;
    try {
      data = JSON.parse(source);
    } catch {
      continue;
    }
    const found = findArticleBody(data, 0);
    if (found && (!best || found.length > best.length)) best = found;
  }
  return best && best.length >= MIN_BODY_LENGTH ? best : null;
}

function findArticleBody(value: unknown, depth: number): string | null {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    let best: string | null = null;
    for (const item of value.slice(0, 200)) {
      const found = findArticleBody(item, depth + 1);
      if (found && (!best || found.length > best.length)) best = found;
    }
    return best;
  }
  // Own properties only, read by name: "__proto__" keys in hostile JSON are plain data here.
  const record = value as Record<string, unknown>;
  const body = Object.prototype.hasOwnProperty.call(record, 'articleBody') ? record['articleBody'] : undefined;
  if (typeof body === 'string' && body.trim() !== '') return body;
  let best: string | null = null;
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'hasPart', 'itemListElement']) {
    if (!Object.prototype.hasOwnProperty.call(record, key)) continue;
    const found = findArticleBody(record[key], depth + 1);
    if (found && (!best || found.length > best.length)) best = found;
  }
  return best;
}

/** Letters and digits only, lower case: how paragraph text is compared with articleBody. */
export function matchKey(text: string): string {
  return text.toLowerCase().replace(/<[^>]{0,200}>/g, ' ').replace(/[^\p{L}\p{N}]+/gu, '');
}
