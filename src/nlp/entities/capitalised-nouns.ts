// For languages that capitalise every noun (German), keeps only the entities a name list vouches for: capitals there are no sign of a name.
import type { Block, Entity } from '../../analysis';
import germanCountryNames from '../gazetteer/german-country-names.json';
import { kindsOf, type GazetteerKind } from '../gazetteer/lists';

/*
 * The tagger and the rules learnt English, where a capital inside a sentence marks a name. In German every noun has
 * one, and a German page read that way calls "Kirche" a place, "Studie" an organisation and "Mann" a person: on the
 * German-language pages of fundus about five entities in six were such nouns. There, an entity stays only when
 * the name lists back it: a listed place or country named as a place, a country by its German name, a listed
 * organisation, an acronym, or a person whose name starts with a listed given name and has a surname after it.
 * Fewer entities, but right ones.
 */

/** BCP 47 primary subtags of languages that capitalise all nouns: German, Luxembourgish and Swiss German. */
const NOUN_CAPITALISING = new Set(['de', 'lb', 'gsw']);

/** Whether a page in `language` (BCP 47, or null when unknown) capitalises every noun. */
export function capitalisesNouns(language: string | null | undefined): boolean {
  const primary = language?.trim().toLowerCase().split(/[-_]/)[0];
  return primary !== undefined && NOUN_CAPITALISING.has(primary);
}

/**
 * German words that open a sentence or a phrase and are also given names in the English list ("Der", "Den", "Von",
 * "Art", "Will"): a capitalised run starting with one is a noun phrase ("Der Grund", "Von Januar"), not a person.
 */
const FUNCTION_WORDS = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'von', 'vom', 'zu',
  'zum', 'zur', 'mit', 'am', 'im', 'an', 'auf', 'aus', 'bei', 'nach', 'vor', 'über', 'unter', 'für', 'gegen', 'um',
  'durch', 'art', 'man', 'will', 'mal', 'doch', 'auch', 'wenn', 'so', 'wie', 'seit', 'bis', 'ob', 'van',
]);

/** An acronym: "SPD", "BR24", and with one small letter inside, "AfD". */
const ACRONYM = /^[\p{Lu}][\p{Lu}\d]{1,5}$|^[\p{Lu}][\p{Ll}]?[\p{Lu}]{1,4}$/u;
/** A word of a person's name as written in running text: a capital, then small letters (or an initial, "S."). */
const NAME_WORD = /^\p{Lu}(\p{Ll}|\.$)/u;
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;

/** A mention's text, as written on the page. */
function textOf(span: Entity['mentions'][number], blocks: readonly Block[]): string {
  return blocks[span.block]?.text.slice(span.start, span.end) ?? '';
}

function listedAs(name: string, ...kinds: GazetteerKind[]): boolean {
  const listed = kindsOf(name.split(' '));
  return kinds.some((kind) => listed.includes(kind));
}

/** Whether the text names the entity as written (its canonical name) or by an acronym ("USA" for the United States). */
function mentionedByName(entity: Entity, blocks: readonly Block[]): boolean {
  return entity.mentions.some((span) => {
    const text = textOf(span, blocks);
    return text === entity.name || ALL_CAPITALS.test(text);
  });
}

/** Whether the text names the entity by a country's German name, as written ("Russland"). */
function namedAsGermanCountry(entity: Entity, blocks: readonly Block[]): boolean {
  return entity.mentions.some((span) => Object.hasOwn(germanCountryNames, textOf(span, blocks)));
}

/**
 * A country named in German becomes a place of that name, with those mentions only: a longer mention grouped with it
 * is a noun phrase the English-trained layers ran on with ("Spanien keine Blöße").
 */
function asGermanCountry(entity: Entity, blocks: readonly Block[]): void {
  entity.mentions = entity.mentions.filter((span) => Object.hasOwn(germanCountryNames, textOf(span, blocks)));
  entity.name = textOf(entity.mentions[0]!, blocks);
  entity.aliases = entity.aliases.filter((alias) => alias !== entity.name && Object.hasOwn(germanCountryNames, alias));
  entity.type = 'place';
}

/** Whether the English name lists vouch for an entity of this name and type. */
function vouchedFor(entity: Entity, blocks: readonly Block[]): boolean {
  const name = entity.name;
  switch (entity.type) {
    case 'place':
      // A country only by another name for it is a German noun as often as not ("Mann", the Isle of Man in Manx).
      return listedAs(name, 'place') || (listedAs(name, 'country') && mentionedByName(entity, blocks));
    case 'organization':
      return listedAs(name, 'organisation') || ACRONYM.test(name);
    case 'person': {
      const words = name.split(' ');
      if (words.length < 2 || !words.every((word) => NAME_WORD.test(word))) return false;
      if (FUNCTION_WORDS.has(words[0]!.toLowerCase())) return false;
      return listedAs(words[0]!, 'first-name') || listedAs(name, 'person');
    }
    default:
      return false;
  }
}

/**
 * The entities of a page in `language` (their mentions index `blocks`): all of them, unless the language capitalises
 * every noun; then those the name lists vouch for, with affiliations to the others cleared.
 */
export function keepVouchedNames(entities: Entity[], blocks: readonly Block[], language: string | null | undefined): Entity[] {
  if (!capitalisesNouns(language)) return entities;
  const kept = entities.filter((entity) => {
    // A country by its German name ("Russland", "Polen"), whatever type the English-trained layers gave it.
    if (!namedAsGermanCountry(entity, blocks)) return vouchedFor(entity, blocks);
    asGermanCountry(entity, blocks);
    return true;
  });
  const ids = new Set(kept.map((entity) => entity.id));
  for (const entity of kept) if (entity.affiliation !== null && !ids.has(entity.affiliation)) entity.affiliation = null;
  return kept;
}
