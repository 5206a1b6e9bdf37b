// An invented page the structure layer reads once before a live page's first reading, so that compiling its code is a task of its own.

/** A small invented article page beside `doc` (never attached to it, never shown), for the structure layer. */
export function warmUpDocument(doc: Document): Document {
  const page = doc.implementation.createHTMLDocument('Harbour talks resume | The Courier');
  const article = page.createElement('article');
  const add = (tag: string, text: string, parent: Element = article): Element => {
    const el = page.createElement(tag);
    el.textContent = text;
    parent.append(el);
    return el;
  };
  add('h1', 'Harbour talks resume');
  add('p', 'By Mara Okafor').className = 'byline';
  add('time', '3 March 2025').setAttribute('datetime', '2025-03-03');
  add('p', 'Officials of the Harbour Trust met in Nairobi on Monday to discuss new loans for the port, the trust said.');
  add('p', '"The talks were useful," Okafor told reporters after the meeting, adding that a further round was planned.');
  add('p', 'Critics said the plan would add to the debt, though the trust insisted the terms were fair.');
  page.body.append(article);
  return page;
}
