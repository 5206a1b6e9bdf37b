// What is no statement of the story's sources: a page's own promotions, and speaker words that name no one.

/**
 * The page speaking to its reader ("Sign up for our newsletter", "We want to hear from you", "to get it in your
 * inbox"): no source says this, so it is neither a quote nor a fact.
 */
const PROMOTION = /\b(?:sign(?:ing)? up (?:here|now|today|for (?:our|free)\b)|subscribe (?:to|for|now|here)|newsletters?\b.{0,40}\b(?:inbox|sign|subscribe)|in your inbox|to your inbox|want to hear from you|click here|tap here|follow us on|download (?:the|our) app|support (?:our|independent) journalism|share your (?:story|stories|thoughts)|get in touch with (?:us|our)|email us at|contact us at|our standards:)/iu;

export function isPromotion(sentence: string): boolean {
  return PROMOTION.test(sentence);
}

/**
 * First words of speaker phrases that name no one who made the statement: a negation ("Neither side believes",
 * "Nobody said") denies it. ("which he said", "whose attorneys said" do name someone: the words after the pronoun.)
 */
const NOT_A_SOURCE = /^(?:neither|nobody|none|no\s+one)\b/iu;
/** A subordinate clause before the speaker words ("given that about 6 in 10 residents say"): the words belong to it. */
const SUBORDINATE = /^(?:given\s+that|if|unless|whether|because|so\s+that|even\s+though|though|although)\b/iu;
/** Speaker words that end in a complementiser ("rejects any indicators that"): a clause, not a name. */
const ENDS_IN_CLAUSE_WORD = /\s(?:that|which|whose|if|whether)$/iu;

/**
 * Whether `words` open a subordinate clause ("given that about 6 in 10 residents"), so cannot close a statement before them.
 */
export function opensSubordinate(words: string): boolean {
  return SUBORDINATE.test(words.trim());
}

/** A lower-case verb in -s and the start of its object: "monitors the …", "rejects any …". */
const VERB_THEN_OBJECT = /^\p{Ll}+[^s\W]s\s+(?:the|a|an|any|all|its|their|his|her|our|this|these|those)\s/u;

/** "whose attorneys", "whose political arm": people or bodies of someone's, who can speak. */
const WHOSE_SPEAKERS = /^whose\s+(?:[\p{L}-]+\s+)?(?:attorneys?|lawyers?|spokes(?:man|woman|person|people)|campaign|office|aides?|advis[eo]rs?|organi[sz]ation|company|team|staff|members?|supporters?|officials?|representatives?|leaders?|leadership|government|ministry|department|agency|party|arm|family|allies|union|board|committee|website|account|statement|report)$/iu;

/** A name, then a verb in -s and the start of its object: "Hassan rejects any …". */
const NAME_VERB_OBJECT = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*\s+\p{Ll}+[^s\W]s\s+(?:the|a|an|any|all|its|their|his|her|our|this|these|those)\s/u;

/**
 * The part of speaker words [start, end) of `text` that can name who made a statement, or null. "He", "Sun",
 * "which he" are whole; "progressive groups that" is "progressive groups"; "given that voters" and "rejects any
 * indicators that" name no one.
 */
export function sourceIn(text: string, speaker: { start: number; end: number }): { start: number; end: number } | null {
  const words = text.slice(speaker.start, speaker.end);
  if (!words.trim() || SUBORDINATE.test(words.trim())) return null;
  // "monitors the UK government's spending | plans", "has created | questions": a verb phrase, not a name.
  if (VERB_THEN_OBJECT.test(words.trim()) || /^(?:has|have|had|is|are|was|were|will|would|can|could)\s/u.test(words.trim())) return null;
  // "Kemp, whose feud threatened …": a thing of someone's is no speaker; "whose attorneys said" is.
  if (/^whose\s/iu.test(words.trim()) && !WHOSE_SPEAKERS.test(words.trim())) return null;
  const clauseWord = ENDS_IN_CLAUSE_WORD.exec(words);
  if (!clauseWord) return speaker;
  const head = words.slice(0, clauseWord.index).trimEnd();
  // A verb and its object before the relative pronoun ("(Hassan) rejects any polls that …"): a clause, not a name.
  if (VERB_THEN_OBJECT.test(head) || NAME_VERB_OBJECT.test(head)) return null;
  return { start: speaker.start, end: speaker.start + head.length };
}

/** Speaker words that deny the statement rather than make it: "Neither side believes", "Nobody said". */
export function deniedBy(words: string): boolean {
  return NOT_A_SOURCE.test(words.trim());
}
