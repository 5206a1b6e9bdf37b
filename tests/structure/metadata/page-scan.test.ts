// @vitest-environment jsdom
// The one-pass candidate scan must keep exactly what the byline and date predicates accept.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DomCandidates, isBylineCandidate, isDateCandidate, scanHead } from '../../../src/structure/meta/page-scan';
import { fixture, parse } from './helpers';

const MARKUP = `<!doctype html><html><head><title>Story - Site</title><meta property="og:title" content="Story">
<link rel="canonical" href="https://x.example/a"><link href="/style.css"><script type="application/ld+json">{}</script><script>var a;</script></head>
<body><header class="site-header"><h1>Site</h1><a href="/authors/">All authors</a></header>
<article><h1 class="headline">Story</h1><h2>Sub</h2>
<div class="byline">By <a rel="author" href="/author/jane-doe">Jane Doe</a> and <a href="/autoren/max-muster">Max Muster</a></div>
<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ana</span></span>
<a href="/writers/sam-lee" class="name">Sam Lee</a><a href="/writers/kim-lo">Kim Lo</a>
<time datetime="2024-02-28">28 February 2024</time><abbr title="2024-02-28">Feb 28</abbr><abbr>UN</abbr>
<p class="entry-date published">Posted 2024</p><p data-published="2024-02-28">x</p><p pubdate>y</p>
<meta itemprop="datePublished" content="2024-02-28"><div data-testid="AuthorByline">Z</div><div id="update-time">t</div>
<p class="AUTHOR-box">w</p><p>plain</p><svg><title>icon</title></svg></article></body></html>`;

// The elements the scan looks at: h1, time, abbr[title], an attribute the predicates read, or a link whose
// address says "author"/"autor" (a bare "/writers/…" link with no class is not looked at).
const LOOKED_AT = 'h1, time, abbr[title], [class], [id], [itemprop], [itemtype], [rel], [data-testid], [pubdate], [data-published], a[href*="author"], a[href*="autor"]';

/** What the scan stands in for: the h1s and every looked-at element the two predicates accept, in document order. */
function expected(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll(LOOKED_AT)).filter((el) => el.localName === 'h1' || isBylineCandidate(el) || isDateCandidate(el));
}

describe('DomCandidates', () => {
  it('keeps the same elements as the byline and date predicates, on linkedom and jsdom', () => {
    for (const doc of [parse(MARKUP), new DOMParser().parseFromString(MARKUP, 'text/html')]) {
      const found = new DomCandidates(doc.querySelectorAll('*')).all;
      expect(found).toEqual(expected(doc));
      expect(found.map((el) => el.textContent?.trim().slice(0, 12))).toContain('Jane Doe');
      expect(found.some((el) => el.textContent === 'Sam Lee')).toBe(true);
      expect(found.some((el) => el.textContent === 'Kim Lo' || el.textContent === 'UN' || el.textContent === 'plain')).toBe(false);
    }
  });

  it('agrees with the predicates on the fixture pages', () => {
    for (const name of ['article.html', 'article-dom-only.html']) {
      const doc = fixture(name);
      expect(new DomCandidates(doc.querySelectorAll('*')).all).toEqual(expected(doc));
    }
    const sample = parse(readFileSync(join(__dirname, '../../../samples/trtworld-article.html'), 'utf8'));
    expect(new DomCandidates(sample.querySelectorAll('*')).all).toEqual(expected(sample));
  });
});

describe('scanHead', () => {
  it('splits meta, link[rel], JSON-LD and h1/h2 in document order and reads the first non-SVG title', () => {
    const scan = scanHead(parse(MARKUP).querySelectorAll('*'));
    expect(scan.documentTitle).toBe('Story - Site');
    expect(scan.metas).toHaveLength(2);
    expect(scan.links.map((link) => link.getAttribute('rel'))).toEqual(['canonical']);
    expect(scan.jsonLd).toHaveLength(1);
    expect(scan.headings.map((h) => h.textContent)).toEqual(['Site', 'Story', 'Sub']);
  });
});
