// Invented material the reader reads once before a first real story, so that compiling its code is done before a page waits for it.
import type { Block } from './analysis';

/** A sentence with a title, a person, an organisation and a place, for the entity layer. */
export const WARM_UP_BLOCKS: readonly Block[] = [
  { kind: 'paragraph', text: 'Minister Mara Okafor of the Harbour Trust met officials in Nairobi on Monday, her office said.' },
];

/**
 * An invented story page, with the parts a news page has (kicker, headline, standfirst, byline, date, photo caption,
 * body with a quote and a figure, a related-links box), for the structure code and the layers after the entities.
 */
export const WARM_UP_PAGE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour Trust opens new terminal | The Courier</title>
<meta property="og:site_name" content="The Courier"><meta property="article:published_time" content="2024-03-06T09:30:00Z"></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><p class="kicker">BUSINESS</p><h1>Harbour Trust opens new terminal</h1>
<p class="standfirst">The terminal will double the port's capacity by next year.</p>
<p class="byline">By Lena Marsh</p><time datetime="2024-03-06T09:30:00Z">6 Mar 2024</time>
<figure><img src="terminal.jpg" alt=""><figcaption>The new terminal in Mombasa. Photo: Tom Reyes/Reuters</figcaption></figure>
<p>${WARM_UP_BLOCKS.map((block) => block.text).join(' ')}</p>
<p>"This terminal will change how the region trades," Okafor told reporters, adding that 1,200 workers were hired.</p>
<p>The trust, established in 1998 by the city council, plans to open a second terminal in October, according to a statement.</p>
</article><aside><h2>Related</h2><ul><li><a href="/a">Port strike ends after talks</a></li><li><a href="/b">Shipping rates fall</a></li></ul></aside></main>
<footer>© The Courier</footer></body></html>`;
