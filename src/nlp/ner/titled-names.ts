// "President Xi Jinping", "Governor Newsom": capitalised words no dictionary knows, right after a person's title, are that person.
import { COMMON_WORD, dictionaryClass } from '../gazetteer/dictionary';
import { GAZETTEER_KINDS } from '../gazetteer/lists';
import { gazetteerMarks, hasKind } from '../gazetteer/match';
import { capClass } from './shape';

const kind = (name: (typeof GAZETTEER_KINDS)[number]) => GAZETTEER_KINDS.indexOf(name);
const TITLE = kind('title');
const PLACE = kind('place');
const COUNTRY = kind('country');
const ORGANISATION = kind('organisation');
const FIRST_NAME = kind('first-name');
const PERSON = kind('person');
/** Title-list words that qualify another title or an office rather than stand before a name ("Vice", "Foreign", "Chief"). */
const NOT_BEFORE_NAMES = new Set(['vice', 'prime', 'foreign', 'defence', 'defense', 'finance', 'interior', 'deputy', 'special', 'chief', 'executive', 'head', 'chair', 'officer', 'leader', 'major', 'official', 'lawmaker']);
/** Most words of a name after a title ("Ursula von der Leyen" has more, and the tagger finds those). */
const MOST_WORDS = 3;

/**
 * Tags as a person the run of up to three capitalised words right after a capitalised title that the tagger left
 * untagged, when none of them is a common English word ("Office", "Assembly") or a listed place, country or
 * organisation that no given name or person's name shares ("Captain America").
 * `known`: the words' list marks (gazetteer/match.ts), when the caller has them.
 */
export function namesAfterTitles(words: readonly string[], tags: readonly string[], known?: Uint16Array): string[] {
  let marks: Uint16Array | null = known ?? null;
  let out: string[] | null = null;
  for (let i = 0; i + 1 < words.length; i++) {
    const title = words[i] ?? '';
    if (tags[i] !== 'O' || tags[i + 1] !== 'O' || capClass(title) !== 1 || NOT_BEFORE_NAMES.has(title.toLowerCase())) continue;
    marks ??= gazetteerMarks(words);
    if (!hasKind(marks[i] ?? 0, TITLE)) continue;
    let end = i + 1;
    while (end < words.length && tags[end] === 'O' && isNameWord(words[end] ?? '', marks[end] ?? 0)) end++;
    // A longer run of unknown capitalised words is more likely a title of a work or an organisation than a name.
    if (end === i + 1 || end - (i + 1) > MOST_WORDS) continue;
    out ??= [...tags];
    for (let j = i + 1; j < end; j++) out[j] = j === i + 1 ? 'B-PER' : 'I-PER';
    i = end - 1;
  }
  return out ?? [...tags];
}

function isNameWord(word: string, mark: number): boolean {
  const cap = capClass(word);
  if ((cap !== 1 && cap !== 3) || dictionaryClass(word.toLowerCase()) === COMMON_WORD) return false;
  if (hasKind(mark, TITLE)) return false;
  const named = hasKind(mark, FIRST_NAME) || hasKind(mark, PERSON);
  return named || !(hasKind(mark, PLACE) || hasKind(mark, COUNTRY) || hasKind(mark, ORGANISATION));
}
