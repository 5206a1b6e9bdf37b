// An invented article page the background's reader parses and reads once before a real page, so that compiling the structure code is not a click's wait.

/** A small news page with the parts the structure layer looks for: headline, byline, date, body. */
export const WARM_UP_PAGE_HTML = `<!doctype html><html lang="en"><head><title>Harbour talks resume | The Courier</title>
<meta property="og:site_name" content="The Courier"><meta property="article:published_time" content="2025-03-03T09:00:00Z"></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header><article>
<h1>Harbour talks resume</h1><p class="byline">By Mara Okafor</p><time datetime="2025-03-03">3 March 2025</time>
<p>Officials of the Harbour Trust met in Nairobi on Monday to discuss new loans for the port, the trust said.</p>
<p>"The talks were useful," Okafor told reporters after the meeting, adding that a further round was planned.</p>
<p>Critics said the plan would add to the debt, though the trust insisted the terms were fair.</p>
</article><aside><h2>Read more</h2><a href="/world/ports">Ports in the region</a></aside></body></html>`;
