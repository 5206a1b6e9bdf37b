// In sports stories, places that stand for clubs become organisations; venues, datelines, nations and every other story keep their places.
import { describe, expect, it } from 'vitest';
import { isSportsDocument, sportsTeamsAsOrg } from '../../../src/nlp/ner/team-spans';

const words = (text: string) => text.split(' ');
const tagsFor = (sentence: string[], spans: Record<string, string>) => sentence.map((word) => spans[word] ?? 'O');

// An invented match report: a dateline, a result, a table row and a venue.
const report = [
  words('BRISTOL 2031-04-12'),
  words('Swindon beat Exeter 3-1 in the league on Saturday , their striker scoring twice before halftime .'),
  words('Exeter coach said the goalkeeper had a poor season .'),
  words('Swindon 12 8 2 2'),
  words('Nelby 11 7 3 1'),
  words('The match was played at Exeter before a full stadium .'),
  words('England and Scotland meet in the tournament next week .'),
];
const tagged = () => [
  tagsFor(report[0]!, { BRISTOL: 'B-LOC' }),
  tagsFor(report[1]!, { Swindon: 'B-LOC', Exeter: 'B-LOC' }),
  tagsFor(report[2]!, { Exeter: 'B-PER' }),
  tagsFor(report[3]!, { Swindon: 'B-LOC' }),
  tagsFor(report[4]!, {}),
  tagsFor(report[5]!, { Exeter: 'B-LOC' }),
  tagsFor(report[6]!, { England: 'B-LOC', Scotland: 'B-LOC' }),
];

describe('isSportsDocument', () => {
  it('reads a match report as sports and a story that only says "won" and "beat" as not', () => {
    expect(isSportsDocument(report)).toBe(true);
    const election = [words('The senator won the state and beat her rival by ten points , a victory her party had not expected .')];
    expect(isSportsDocument(election)).toBe(false);
  });
});

describe('sportsTeamsAsOrg', () => {
  it('retypes clubs named after towns, in prose, in results rows and elsewhere in the story', () => {
    const out = sportsTeamsAsOrg(report, tagged());
    expect(out[1]?.[0]).toBe('B-ORG'); // Swindon beat …
    expect(out[1]?.[2]).toBe('B-ORG'); // … beat Exeter 3-1
    expect(out[2]?.[0]).toBe('B-ORG'); // Exeter coach: the same club, tagged PER
    expect(out[3]?.[0]).toBe('B-ORG'); // Swindon 12 8 2 2
    expect(out[4]?.[0]).toBe('B-ORG'); // an unknown capitalised word opening a results row
  });

  it('keeps datelines, venues after "at" and national sides as places', () => {
    const out = sportsTeamsAsOrg(report, tagged());
    expect(out[0]?.[0]).toBe('B-LOC');
    expect(out[5]?.[5]).toBe('B-LOC');
    expect(out[6]?.[0]).toBe('B-LOC');
    expect(out[6]?.[2]).toBe('B-LOC');
  });

  it('changes nothing outside sports stories', () => {
    const story = [words('Swindon council met in Exeter on Monday .'), words('Swindon 12 8 2 2')];
    const tags = [tagsFor(story[0]!, { Swindon: 'B-LOC', Exeter: 'B-LOC' }), tagsFor(story[1]!, { Swindon: 'B-LOC' })];
    expect(sportsTeamsAsOrg(story, tags)).toEqual(tags);
  });
});
