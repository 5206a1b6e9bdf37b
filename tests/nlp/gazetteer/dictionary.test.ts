// The common-word list: ordinary English words in, names out, and words that are also names told apart.
import { describe, expect, it } from 'vitest';
import { wordsAlsoInNames } from '../../../scripts/lib/words-also-names';
import { WORLD_FIRST_NAMES } from '../../../src/nlp/gazetteer/cues';
import dictionaryNames from '../../../src/nlp/gazetteer/dictionary-names.json';
import dictionaryWords from '../../../src/nlp/gazetteer/dictionary-words.json';
import firstNames from '../../../src/nlp/gazetteer/sources/first-names.json';
import wordnetPeople from '../../../src/nlp/gazetteer/sources/wordnet-people.json';
import { COMMON_WORD, dictionaryClass, isDictionaryWord, NOT_A_WORD, WORD_AND_NAME } from '../../../src/nlp/gazetteer/dictionary';

describe('dictionaryClass', () => {
  it('knows common English words, lower case', () => {
    for (const word of ['house', 'police', 'harvest', 'said', 'minister']) expect(dictionaryClass(word)).toBe(COMMON_WORD);
  });

  it('does not know names, weekdays (WordNet writes them capitalised) or words of one or two letters', () => {
    for (const word of ['beijing', 'obama', 'friday', 'january', 'erdogan', 'xi', 'in']) expect(dictionaryClass(word)).toBe(NOT_A_WORD);
  });

  it('marks common words that are also given names or words of a WordNet person\'s name', () => {
    for (const word of ['sun', 'bush', 'john', 'bank']) expect(dictionaryClass(word)).toBe(WORD_AND_NAME);
  });

  it('has the words that are also names worked out from the shipped lists as they are (else: npm run gazetteers)', () => {
    expect(dictionaryNames).toEqual(wordsAlsoInNames(dictionaryWords, [...firstNames, ...WORLD_FIRST_NAMES, ...wordnetPeople]));
  });

  it('reads lower-case keys only', () => {
    expect(isDictionaryWord('House')).toBe(false);
    expect(isDictionaryWord('house')).toBe(true);
  });
});
