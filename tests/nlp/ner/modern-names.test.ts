// Today's names in invented news sentences: a tagger trained only on older text reads "Trump" as the card-game word.
import { describe, expect, it } from 'vitest';
import { entitySpans, tagDocument, tagTokens } from '../../../src/nlp/ner';
import { tokenize } from '../../../src/nlp/tokenize';

const SENTENCES = [
  'Voters in Ohio heard Donald Trump speak for an hour on Saturday.',
  'Kamala Harris and Donald Trump will meet for a second debate, aides said.',
  'A lawyer for Donald Trump’s campaign filed the motion late on Friday.',
  'Tesla chief Elon Musk said the new factory would open next year.',
  'Ukrainian President Volodymyr Zelensky thanked Prime Minister Keir Starmer for the aid.',
];
const PEOPLE = [['Donald Trump'], ['Kamala Harris', 'Donald Trump'], ['Donald Trump'], ['Elon Musk'], ['Volodymyr Zelensky', 'Keir Starmer']];
const lines = SENTENCES.map((sentence) => tokenize(sentence).map((token) => token.text));
const peopleIn = (words: string[], tags: string[]) => entitySpans(tags).filter(([, , type]) => type === 'PER').map(([start, end]) => words.slice(start, end).join(' '));

describe('shipped tagger on names of the 2020s', () => {
  it('finds each person by the full name, each sentence read alone', () => {
    lines.forEach((words, i) => expect(peopleIn(words, tagTokens(words))).toEqual(PEOPLE[i]));
  });

  it('finds them read as one story too', () => {
    const tagged = tagDocument(lines);
    lines.forEach((words, i) => expect(peopleIn(words, tagged[i] ?? [])).toEqual(PEOPLE[i]));
  });
});
