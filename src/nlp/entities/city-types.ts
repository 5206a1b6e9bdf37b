// One sense per discourse can still make the wrong sense: a large city the tagger read as a person is a place.
import { isMajorCity } from '../gazetteer/major-cities';
import { kindsOf } from '../gazetteer/lists';
import { canonicalWords, groupType, type MentionGroup } from './groups';
import { isHonorific } from './role-words';

/**
 * Retypes as places the person and other groups named exactly like a city of 150,000 people or more
 * ("Johannesburg", "Durban") when nothing in the story marks them as people: no role, no honorific, and the name
 * is no listed given name ("Charlotte", "Florence" stay as the tagger read them). Organisations keep their type:
 * a team or a council is often named after its city.
 */
export function retypeCities(groups: readonly MentionGroup[]): void {
  for (const group of groups) {
    const type = groupType(group);
    if (type !== 'person' && type !== 'other') continue;
    const words = canonicalWords(group);
    if (words.length === 0 || !isMajorCity(words.join(' '))) continue;
    if (words.length === 1 && kindsOf(words).includes('first-name')) continue;
    if (group.mentions.some((mention) => mention.role !== null || isHonorific(mention.block.tokens[mention.first - 1]))) continue;
    for (const mention of group.mentions) {
      mention.type = 'place';
      mention.fromRule = true;
    }
  }
}
