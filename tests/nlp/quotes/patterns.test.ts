// One sentence per attribution pattern, with the content, speaker words and cue each must give (no entities needed).
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/nlp/quotes/index';

const read = (text: string, kind: 'paragraph' | 'title' = 'paragraph') =>
  extractQuotes([{ kind, text }], []).map((q) => ({ text: q.text, speakerText: q.speakerText, cue: q.cue, kind: q.kind }));

describe('attribution patterns', () => {
  it('reads "X said (that) …" with adverbials, recipients and appositives between', () => {
    expect(read('He said there were 14 letters between the two firms.')).toEqual([{ text: 'there were 14 letters between the two firms', speakerText: 'He', cue: 'said', kind: 'indirect' }]);
    expect(read('The mayor told reporters on Monday that the bridge would reopen.')[0]).toMatchObject({ text: 'the bridge would reopen', speakerText: 'The mayor', cue: 'told' });
    expect(read('Kevin Brady, chairman of the Ways and Means Committee, said Republicans might delay the tax.')[0]).toMatchObject({ speakerText: 'Kevin Brady', text: 'Republicans might delay the tax' });
    expect(read('Lena Ortiz — a nurse from Riverside — says she changed her mind at the last minute.')[0]).toMatchObject({ speakerText: 'Lena Ortiz', cue: 'says' });
    expect(read('Sen. Maria Kovac (D-Ore.) said she will publish the letters.')[0]).toMatchObject({ speakerText: 'Sen. Maria Kovac', text: 'she will publish the letters' });
  });

  it('reads the cue after the content, in both orders, and a place after the name', () => {
    expect(read('Even Brazil has more trade pull, says economist Aigerim Bekova in Astana.')[0]).toMatchObject({ text: 'Even Brazil has more trade pull', speakerText: 'economist Aigerim Bekova' });
    expect(read('“I strongly object," said retired Navy Rear Adm. Tom Hollis, who served in Bahrain.')[0]).toMatchObject({ kind: 'direct', text: 'I strongly object', speakerText: 'retired Navy Rear Adm. Tom Hollis' });
    expect(read('“What were they thinking?” Okafor said of the bank in March.')[0]).toMatchObject({ kind: 'direct', speakerText: 'Okafor' });
    expect(read('The mayor’s “stunts” are tiring, Lindqvist said Friday in Oslo, noting that she was patient.')[0]).toMatchObject({ kind: 'mixed', text: 'The mayor’s “stunts” are tiring', speakerText: 'Lindqvist' });
  });

  it('reads participles, "and said", the progressive and stance verbs', () => {
    expect(read('Trump criticized the deal, saying it would cost jobs.')).toEqual([
      { text: 'the deal, saying it would cost jobs', speakerText: 'Trump', cue: 'criticized', kind: 'indirect' },
    ]);
    expect(read('Grassley on Wednesday downplayed the attack and said it was the same thing.')[0]).toMatchObject({ speakerText: 'Grassley', text: 'it was the same thing' });
    expect(read('Okafor is suggesting she won the argument.')[0]).toMatchObject({ speakerText: 'Okafor', cue: 'suggesting' });
    expect(read('Mr. Thiel declined to comment.')[0]).toMatchObject({ speakerText: 'Mr. Thiel', cue: 'declined', text: 'to comment' });
    expect(read('NATO’s secretary general called on the regime to abandon its weapons.')[0]).toMatchObject({ cue: 'called', text: 'the regime to abandon its weapons' });
  });

  it('reads a statement reported inside a statement as two quotes', () => {
    const quotes = read('The Post reported that Trump said the wall would be built.');
    expect(quotes.map((q) => [q.speakerText, q.text])).toEqual([
      ['The Post', 'Trump said the wall would be built'],
      ['Trump', 'the wall would be built'],
    ]);
  });

  it('reads passives, documents, headlines and unsourced statements', () => {
    expect(read('Dunmore’s exit was first reported by Reuters.')[0]).toMatchObject({ text: 'Dunmore’s exit', speakerText: 'Reuters', cue: 'was first reported by' });
    expect(read('In a Gallup survey released Friday, 41 percent of voters chose Okafor.')[0]).toMatchObject({ speakerText: 'a Gallup survey released Friday', cue: 'In' });
    expect(read('Graham: Trump’s rhetoric is destroying the party', 'title')[0]).toMatchObject({ speakerText: 'Graham', cue: ':' });
    expect(read('Anna Weller Calls for Independent Audit After Leak', 'title')[0]).toMatchObject({ speakerText: 'Anna Weller', cue: 'Calls' });
    expect(read("Editor's note: Trump is a serial liar", 'title')).toEqual([]);
    expect(read('The new rules appear to have calmed the market.')[0]).toMatchObject({ speakerText: null, cue: 'appear', text: 'The new rules to have calmed the market' });
    expect(read('Asked whether he was ever bullied, the candidate smiled.')[0]).toMatchObject({ speakerText: null, cue: 'Asked', text: 'whether he was ever bullied' });
  });

  it('finds no speaker in nouns, datelines or names that look like verbs', () => {
    expect(read('Voters in two other battleground states cast ballots early.')).toEqual([]);
    expect(read('Ministers meet to ease tensions on disputed border', 'title')).toEqual([]);
    expect(read('He also met Russian Foreign Minister Sergey Lavrov.')).toEqual([]);
  });
});
