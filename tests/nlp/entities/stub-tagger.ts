// A tagger for rule tests: tags the phrases it is given and nothing else, so a rule's effect does not hang on the model.
import type { WordTagger } from '../../../src/nlp/entities';
import { tokenize } from '../../../src/nlp/tokenize';

/** Tags every occurrence of each phrase ("Sun Weidong": 'PER') with IOB2 tags of its type, longest phrase first. */
export function stubTagger(phrases: Record<string, 'PER' | 'LOC' | 'ORG' | 'MISC'>): WordTagger {
  const known = Object.entries(phrases)
    .map(([phrase, type]) => ({ words: tokenize(phrase).map((token) => token.text), type }))
    .sort((a, b) => b.words.length - a.words.length);
  return (words) => {
    const tags = words.map(() => 'O');
    for (let i = 0; i < words.length; i += 1) {
      const match = known.find(({ words: phrase }) => phrase.every((word, offset) => words[i + offset] === word));
      if (!match) continue;
      match.words.forEach((_, offset) => (tags[i + offset] = `${offset === 0 ? 'B' : 'I'}-${match.type}`));
      i += match.words.length - 1;
    }
    return tags;
  };
}
