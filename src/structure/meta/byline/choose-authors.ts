// Picks the story's authors and wire credits from JSON-LD, meta tags, the visible byline and labelled bylines.
import type { JsonObject } from '../json-safe';
import type { JsonLd } from '../jsonld';
import type { MetaTags } from '../meta-tags';
import { authorsFromJsonLd, authorsFromMeta } from '../author-sources';
import { bylineFromDom, type DomByline } from '../byline-dom';
import { mergeWithVisibleByline } from '../byline-merge';
import { labelledByline } from '../labelled-byline';
import { addCredit, type CleanedByline } from '../authors';
import { comparisonKey } from '../../../text/normalize';

export interface AuthorInputs {
  doc: Document;
  /** Every element of the page in document order, when the caller has the list already. */
  elements?: ArrayLike<Element>;
  article: JsonObject | null;
  ld: JsonLd;
  tags: MetaTags;
  /** Byline- and date-like elements of the page (read only when the DOM is consulted). */
  domCandidates: () => Element[];
  headline: Element | null;
  siteNames: string[];
}

/** Authors (people) and wire (agencies): the first source that names a person wins; agencies from every source consulted are wire. */
export function chooseAuthors(input: AuthorInputs): CleanedByline {
  const { doc, article, ld, tags, headline } = input;
  const siteNames = namesNotToCredit(input.siteNames, tags);
  let visible: DomByline | null = null;
  const visibleByline = (): DomByline => (visible ??= bylineFromDom(input.domCandidates(), headline, siteNames));
  const wire: string[] = [];
  const sources: (() => CleanedByline)[] = [
    () => authorsFromJsonLd(article, ld, siteNames),
    () => authorsFromMeta(tags, siteNames),
    visibleByline,
    () => labelledByline(doc, siteNames, input.elements),
  ];
  for (const [index, read] of sources.entries()) {
    let found = read();
    // JSON-LD often lists only the first author where the meta tags list them all.
    if (index === 0 && found.authors.length > 0) found = { authors: fullerList(found.authors, authorsFromMeta(tags, siteNames).authors), wire: found.wire };
    for (const agency of found.wire) addCredit(wire, agency);
    if (found.authors.length > 0) {
      // Metadata names may be fewer or shorter than the byline the page shows.
      const authors = index < 2 ? mergeWithVisibleByline(found.authors, visibleByline()) : found.authors;
      return { authors, wire };
    }
    // Metadata that credits only an agency has answered who wrote the story; names in the DOM would be guesses.
    if (wire.length > 0) break;
  }
  return { authors: [], wire };
}

const MAX_EXTRA_NAMES = 3;

/** `other` when it names every one of `authors` and a few more, else `authors`. */
export function fullerList(authors: string[], other: string[]): string[] {
  if (other.length <= authors.length || other.length > authors.length + MAX_EXTRA_NAMES) return authors;
  const keys = new Set(other.map(nameKey));
  return authors.every((name) => keys.has(nameKey(name))) ? other : authors;
}

function nameKey(name: string): string {
  return comparisonKey(name).replace(/[^\p{L}\p{N}]+/gu, '');
}

const ORGANISATION_WORDS = /\b(?:gmbh|ag|e\.\s?v|ev|ltd|inc|llc|plc|sa|kg|co|corp|verlag|media|medien|news|press|presse|zeitung|group|gruppe|company|team|redaktion|online|magazin|magazine|blog|all rights)\b/i;
const PERSON_LIKE = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|von|van|de|der|del|di|da|le|la)){1,3}$/u;

// A personal site's copyright or dc.publisher meta ("Ernst Lohoff", "Günter Pilger, Essen") names its author:
// unlike the publisher's declared names (og:site_name, application-name), it does not stop that person being credited.
function namesNotToCredit(siteNames: string[], tags: MetaTags): string[] {
  const declared = [tags.first('og:site_name'), tags.first('application-name')];
  const personal = WEAK_PUBLISHER_KEYS.map((key) => tags.first(key)).filter((value): value is string => {
    if (!value || declared.includes(value) || ORGANISATION_WORDS.test(value)) return false;
    return PERSON_LIKE.test(value.split(',')[0]?.trim() ?? '');
  });
  return personal.length === 0 ? siteNames : siteNames.filter((name) => !personal.includes(name));
}

const WEAK_PUBLISHER_KEYS = ['copyright', 'dc.publisher', 'dcterms.publisher', 'publisher'];
