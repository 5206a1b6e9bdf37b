// Checks the fundus pairing (annotation keys in file order ↔ pages sorted by name): each gold title must occur in its page.
// Run: npx tsx bench/verify-fundus-mapping.ts
import { parseHTML } from 'linkedom';
import { decodeHtml } from '../src/io/decode-html';
import { loadFundus } from './corpus/fundus';
import { corpusAvailable, readPageBytes, structureRoot } from './corpus/paths';
import { textKey } from './metrics/text-keys';

const root = structureRoot();
if (!corpusAvailable(root)) {
  console.log(`skipped — no corpus at ${root}`);
  process.exit(0);
}
let paired = 0;
const suspicious: string[] = [];
for (const page of loadFundus(root, (message) => console.warn(message))) {
  const title = page.gold.title;
  if (!title) continue;
  const { document } = parseHTML(decodeHtml(readPageBytes(root, page.relPath)).text);
  // The page's visible text plus its meta tags, where some sites keep the only full headline.
  const metaText = [...document.querySelectorAll('meta[content]')].map((m) => m.getAttribute('content') ?? '').join(' ');
  const haystack = textKey(`${document.documentElement?.textContent ?? ''} ${metaText}`);
  // The first 40 characters suffice to tell two articles of one publisher apart.
  if (haystack.includes(textKey(title).slice(0, 40))) paired++;
  // Only the count is printed for HELD-OUT pages; DEV pages are named so a broken pairing can be fixed.
  else suspicious.push(page.split === 'dev' ? page.relPath : '(a HELD-OUT page)');
}
console.log(`fundus pairing: ${paired} pages contain their gold title; ${suspicious.length} do not`);
for (const path of suspicious) console.log(`  ${path}`);
process.exit(suspicious.length > 0 ? 1 : 0);
