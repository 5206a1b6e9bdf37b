// "billionaire Elon Musk said": a name the tagger called a place but no place list knows, speaking or described as a person, is a person.
import { isMajorCity } from '../gazetteer/major-cities';
import { GAZETTEER_KINDS } from '../gazetteer/lists';
import { gazetteerMarks, hasKind } from '../gazetteer/match';
import { entitySpans } from './tags';

const PLACE = GAZETTEER_KINDS.indexOf('place');
const COUNTRY = GAZETTEER_KINDS.indexOf('country');
/** Verbs of saying right after their subject; a place that "said" something is a listed capital standing for its government. */
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'tells', 'wrote', 'writes', 'added', 'adds', 'tweeted', 'posted', 'announced', 'argued', 'insisted', 'warned', 'stated']);
/** Nouns for a person that news writes right before a name, lower case ("backed by billionaire Elon Musk"). */
const PERSON_NOUNS = new Set(
  ('billionaire businessman businesswoman entrepreneur investor founder co-founder tycoon magnate mogul actor actress singer ' +
    'rapper comedian musician writer author novelist poet journalist reporter columnist activist lawyer economist analyst ' +
    'scientist researcher physician surgeon philanthropist star player veteran candidate challenger rival nominee incumbent').split(' '),
);

/**
 * Retypes LOC spans right before a verb of saying or right after a noun for a person as PER, unless a word of the span is
 * a listed place or country or the span a major city. `known`: the words' list marks, when the caller has them.
 */
export function speakersAsPeople(words: readonly string[], tags: readonly string[], known?: Uint16Array): string[] {
  let out: string[] | null = null;
  let marks: Uint16Array | null = known ?? null;
  for (const [start, end, type] of entitySpans(tags)) {
    if (type !== 'LOC' || !(SPEECH_VERBS.has(words[end] ?? '') || PERSON_NOUNS.has(words[start - 1] ?? ''))) continue;
    marks ??= gazetteerMarks(words);
    const listed = (i: number) => hasKind(marks?.[i] ?? 0, PLACE) || hasKind(marks?.[i] ?? 0, COUNTRY);
    let anyListed = false;
    for (let i = start; i < end; i++) anyListed ||= listed(i);
    if (anyListed || isMajorCity(words.slice(start, end).join(' '))) continue;
    out ??= [...tags];
    for (let i = start; i < end; i++) out[i] = i === start ? 'B-PER' : 'I-PER';
  }
  return out ?? [...tags];
}
