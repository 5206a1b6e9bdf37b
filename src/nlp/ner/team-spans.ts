// In a sports story a place name usually stands for a club or team ("Leicestershire beat Somerset", "Pohang 3 Ulsan 2"): retypes those places as organisations.
import { dictionaryClass, NOT_A_WORD } from '../gazetteer/dictionary';
import { kindsOf } from '../gazetteer/lists';
import { capClass } from './shape';
import { entitySpans } from './tags';

/**
 * Words that mark a story about a match, a season or a table of results (lower case). Only words an election or a business
 * story rarely uses: "won", "beat", "victory" and "points" are left out.
 */
const SPORTS_WORDS = new Set(
  (
    'soccer football cricket baseball basketball hockey rugby tennis golf cycling athletics league halftime half-time innings ' +
    'inning wickets wicket goals goalkeeper striker midfielder defender scorer scorers coach standings playoff playoffs ' +
    'tournament squad stadium fixtures homer homers homered pitcher batting bowling batsman semifinal semi-final ' +
    'quarter-final quarterfinal rbi olympic olympics championship championships'
  ).split(' '),
);

/** A score or a table figure: "3", "2-1", "429-7", ".556". Not a date ("1996-08-30"). */
const RESULT_NUMBER = /^(?:\d{1,3}(?:-\d{1,3})?|\.\d{3})$/;

/** Words before a place that keep it a place even in a sports story: "at Headingley", "in Volgograd". */
const PLACE_PREPOSITIONS = new Set(['at', 'in', 'near', 'from', 'outside', 'around', 'across', 'of', 'towards']);

/** Nations, former states and regions that field sides under their own name but are not in the country list: kept as places. */
const NATIONAL_SIDES = new Set(
  [
    'england', 'scotland', 'wales', 'northern ireland', 'britain', 'great britain', 'yugoslavia', 'soviet union', 'ussr',
    'czechoslovakia', 'west germany', 'east germany', 'hong kong', 'taiwan', 'macau', 'puerto rico', 'bosnia', 'kosovo',
    'palestine', 'gibraltar', 'faroe islands', 'europe', 'asia', 'africa', 'america', 'americas', 'oceania', 'balkans',
    'scandinavia', 'caribbean',
  ],
);

/** A dateline's date: "LONDON 1996-08-30" keeps its place a place. */
const ISO_DATE = /^\d{4}-\d\d-\d\d$/;

/** Words sports stories share with others ("beat", "won", "points"): each counts half, and alone never makes a story sports. */
const SHARED_SPORTS_WORDS = new Set(
  'beat beaten drew draw defeat defeated victory win won lost points match matches team teams club clubs captain skipper season goal cup final champion champions title game games v vs'.split(' '),
);

/** Whether the document reads as sports: one of its words at least is only a sports word, and enough are sports words or scores. */
export function isSportsDocument(sentences: readonly (readonly string[])[]): boolean {
  let words = 0;
  let strong = 0;
  let evidence = 0;
  for (const sentence of sentences) {
    for (const word of sentence) {
      words++;
      const lower = word.toLowerCase();
      if (SPORTS_WORDS.has(lower)) {
        strong++;
        evidence++;
      } else if (SHARED_SPORTS_WORDS.has(lower)) evidence += 0.5;
      else if (/^\d{1,3}-\d{1,3}$/.test(word)) evidence++;
    }
  }
  return strong >= 2 && evidence >= Math.max(3, words * 0.01);
}

const asType = (tags: string[], start: number, end: number, type: string) => {
  for (let i = start; i < end; i++) tags[i] = `${i === start ? 'B' : 'I'}-${type}`;
};

/** Whether the span [start, end) stands where a team does: before a result, after "beat"/"v", not after "at"/"in", not a venue before ":". */
function inTeamPosition(words: readonly string[], start: number, end: number): boolean {
  const before = (words[start - 1] ?? '').toLowerCase();
  const after = words[end] ?? '';
  if (PLACE_PREPOSITIONS.has(before) || after === ':' || (before === '(' && after === ')')) return false;
  if (words.slice(end, end + 4).some((word) => ISO_DATE.test(word))) return false;
  // "Volgograd , Russia": a place with its country.
  if (after === ',' && kindsOf([words[end + 1] ?? '']).includes('country')) return false;
  return true;
}

/**
 * Retypes, in a sports story, LOC spans that are not countries (national sides are read as their country) and stand where a
 * team does; capitalised words the tagger left out that open a results row ("Puchon 2 Chonbuk 1"); and, one sense per
 * story, every other lone mention of a name so retyped.
 */
export function sportsTeamsAsOrg(sentences: readonly (readonly string[])[], tagged: readonly (readonly string[])[]): string[][] {
  const out = tagged.map((tags) => [...tags]);
  if (!isSportsDocument(sentences)) return out;
  const teams = new Set<string>();
  sentences.forEach((words, s) => {
    const tags = out[s] ?? [];
    for (const [start, end, type] of entitySpans(tags)) {
      if (type !== 'LOC') continue;
      const kinds = kindsOf(words.slice(start, end));
      if (kinds.includes('country') || NATIONAL_SIDES.has(words.slice(start, end).join(' ').toLowerCase()) || !inTeamPosition(words, start, end)) continue;
      asType(tags, start, end, 'ORG');
      teams.add(words.slice(start, end).join(' ').toLowerCase());
    }
    // A results row: a capitalised word no dictionary knows, left untagged, right before a score.
    for (let i = 0; i < words.length; i++) {
      const word = words[i] ?? '';
      if (tags[i] !== 'O' || capClass(word) < 1 || capClass(word) > 3 || dictionaryClass(word.toLowerCase()) !== NOT_A_WORD) continue;
      if (!RESULT_NUMBER.test(words[i + 1] ?? '') || (i > 0 && tags[i - 1] !== 'O')) continue;
      tags[i] = 'B-ORG';
      teams.add(word.toLowerCase());
    }
  });
  if (!teams.size) return out;
  sentences.forEach((words, s) => {
    const tags = out[s] ?? [];
    for (const [start, end, type] of entitySpans(tags)) {
      if ((type === 'PER' || type === 'LOC') && teams.has(words.slice(start, end).join(' ').toLowerCase()) && inTeamPosition(words, start, end)) {
        asType(tags, start, end, 'ORG');
      }
    }
  });
  return out;
}
