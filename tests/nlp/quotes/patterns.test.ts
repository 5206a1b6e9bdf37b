// One sentence per attribution pattern, with the content, speaker words and cue each must give (no entities needed).
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/nlp/quotes/index';

const read = (text: string, kind: 'paragraph' | 'title' = 'paragraph') =>
  extractQuotes([{ kind, text }], []).map((q) => ({ text: q.text, speakerText: q.speakerText, cue: q.cue, kind: q.kind }));

describe('attribution patterns', () => {
  it('reads "X said (that) …" with adverbials, recipients and appositives between', () => {
    expect(read('He said there were 18 emails between the two.')).toEqual([{ text: 'there were 18 emails between the two', speakerText: 'He', cue: 'said', kind: 'indirect' }]);
    expect(read('The mayor told reporters on Monday that the bridge would reopen.')[0]).toMatchObject({ text: 'the bridge would reopen', speakerText: 'The mayor', cue: 'told' });
    expect(read('Kevin Brady, chairman of the Ways and Means Committee, said Republicans might delay the tax.')[0]).toMatchObject({ speakerText: 'Kevin Brady', text: 'Republicans might delay the tax' });
    expect(read('Jason Sims — a teacher from Mount Pleasant — says he made a last-minute decision.')[0]).toMatchObject({ speakerText: 'Jason Sims', cue: 'says' });
    expect(read('Sen. Bernie Sanders (I-Vt.) said he will release his records.')[0]).toMatchObject({ speakerText: 'Sen. Bernie Sanders', text: 'he will release his records' });
  });

  it('reads the cue after the content, in both orders, and a place after the name', () => {
    expect(read('Even India has more cultural pull, says political scientist Dossym Satpayev in Almaty.')[0]).toMatchObject({ text: 'Even India has more cultural pull', speakerText: 'political scientist Dossym Satpayev' });
    expect(read('“I fundamentally disagree," said retired Army Lt. Gen. Mick Bednarek, who served in Iraq.')[0]).toMatchObject({ kind: 'direct', text: 'I fundamentally disagree', speakerText: 'retired Army Lt. Gen. Mick Bednarek' });
    expect(read('“Who do they think they are?” Trump said of Apple in February.')[0]).toMatchObject({ kind: 'direct', speakerText: 'Trump' });
    expect(read('Trump’s “excesses” are sickening, Hollande said Tuesday in Paris, noting that he was wrong.')[0]).toMatchObject({ kind: 'mixed', text: 'Trump’s “excesses” are sickening', speakerText: 'Hollande' });
  });

  it('reads participles, "and said", the progressive and stance verbs', () => {
    expect(read('Trump criticized the deal, saying it would cost jobs.')).toEqual([
      { text: 'the deal, saying it would cost jobs', speakerText: 'Trump', cue: 'criticized', kind: 'indirect' },
    ]);
    expect(read('Grassley on Wednesday downplayed the attack and said it was the same thing.')[0]).toMatchObject({ speakerText: 'Grassley', text: 'it was the same thing' });
    expect(read('Sanders is suggesting he beat expectations.')[0]).toMatchObject({ speakerText: 'Sanders', cue: 'suggesting' });
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
    expect(read('O’Malley’s move was first reported by MSNBC.')[0]).toMatchObject({ text: 'O’Malley’s move', speakerText: 'MSNBC', cue: 'was first reported by' });
    expect(read('In a CNN poll released Monday, 50 percent of respondents chose Clinton.')[0]).toMatchObject({ speakerText: 'a CNN poll released Monday', cue: 'In' });
    expect(read('Graham: Trump’s rhetoric is destroying the party', 'title')[0]).toMatchObject({ speakerText: 'Graham', cue: ':' });
    expect(read('Mike Pence Calls for Special Prosecutor After Report', 'title')[0]).toMatchObject({ speakerText: 'Mike Pence', cue: 'Calls' });
    expect(read("Editor's note: Trump is a serial liar", 'title')).toEqual([]);
    expect(read('The closures appear to have brought some stability.')[0]).toMatchObject({ speakerText: null, cue: 'appear', text: 'The closures to have brought some stability' });
    expect(read('Asked whether he was ever bullied, the candidate smiled.')[0]).toMatchObject({ speakerText: null, cue: 'Asked', text: 'whether he was ever bullied' });
  });

  it('finds no speaker in nouns, datelines or names that look like verbs', () => {
    expect(read('Voters in two other battleground states cast ballots early.')).toEqual([]);
    expect(read('Ministers meet to ease tensions on disputed border', 'title')).toEqual([]);
    expect(read('He also met Russian Foreign Minister Sergey Lavrov.')).toEqual([]);
  });
});
