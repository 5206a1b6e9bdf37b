// Finds the one attribution of a sentence unit: who (speaker words), the cue, and the reported content, by word patterns.
import type { Token } from '../tokenize';
import { ADVERBIAL_OPENERS, SPEECH_PARTICIPLES, SPEECH_VERBS, STANCE_VERBS, TAKES_RECIPIENT } from './cues';
import { documentCue } from './document-cues';
import { impersonalCue } from './impersonal';
import { opensSubordinate } from './not-speakers';
import { isTitleCase, headlineColon } from './headlines';
import { skipAuxiliariesBack, speakerAfter, speakerBefore, type TokenRange } from './speaker-phrase';
import type { Unit } from './units';
import {
  contentBefore, contentFrom, DETERMINERS, findAhead, isBoundary, isClosingMark, lastWord, lower, QUOTE_MARK, rangeOf,
  TERMINAL, trim, wordCount, type Range, type RawAttribution, type UnitContext,
} from './unit-text';

const PASSIVE = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being', 'to']);
const PROGRESSIVE = new Set(['is', 'was', 'are', 'were', 'been']);
/** Speech verbs whose statement may be an infinitive ("promised to legalize workers"). */
const TAKES_INFINITIVE = new Set(['promised', 'promises', 'vowed', 'vows', 'pledged', 'threatened', 'asked', 'asks', 'urged', 'urges', 'agreed', 'agrees', 'hoped', 'hopes', 'expects', 'expected', 'demanded', 'promise', 'vow']);
/** Particles that belong to a stance verb rather than to its object ("called on", "called for", "wrote of"). */
const PARTICLES = new Set(['on', 'for', 'out', 'of', 'up', 'about', 'against']);
/** A verb right after these is no cue: "tensions on disputed border", "the said document". */
const FUNCTION_WORDS = new Set(['on', 'in', 'at', 'of', 'for', 'the', 'a', 'an', 'with', 'by', 'from', 'into', 'over', 'its', 'their']);

/** The attribution of one unit, or null when it reports nobody's words. */
export function findAttribution(context: UnitContext, unit: Unit): RawAttribution | null {
  const { tokens } = context;
  const inQuote = (i: number) => {
    const t = tokens[i] as Token;
    const around = context.marks.around(t.start);
    return around !== undefined && t.end < around.end;
  };
  let according = -1;
  for (let i = unit.first; i < unit.last; i += 1) {
    if (!inQuote(i) && lower(tokens[i]) === 'according' && lower(tokens[i + 1]) === 'to') {
      according = i;
      break;
    }
  }
  const titleCase = isTitleCase(tokens, unit);
  for (let i = unit.first; i <= unit.last; i += 1) {
    if (inQuote(i)) continue;
    const word = lower(tokens[i]);
    // Cue words are written in lower case ("States" in "United States" is a name), except in a Title Case headline.
    if ((tokens[i] as Token).text !== word && !(titleCase && lower(tokens[i - 1]) !== 'united')) continue;
    if (SPEECH_VERBS.has(word) || STANCE_VERBS.has(word)) {
      const found = finiteCue(context, unit, i, !SPEECH_VERBS.has(word));
      if (found) return withVia(context, unit, found, according > i ? according : -1);
    } else if (SPEECH_PARTICIPLES.has(word) && PROGRESSIVE.has(lower(tokens[i - 1]))) {
      // "Okafor is suggesting she won the argument": a finite verb in the progressive.
      const found = finiteCue(context, unit, i, false, i - 2);
      if (found) return withVia(context, unit, found, according > i ? according : -1);
    } else if (SPEECH_PARTICIPLES.has(word) && followsClause(context, i)) {
      const found = participleCue(context, unit, i);
      if (found) return withVia(context, unit, found, according > i ? according : -1);
    }
  }
  return (according >= 0 ? accordingTo(context, unit, according) : headlineColon(context, unit)) ?? documentCue(context, unit) ?? impersonalCue(context, unit, inQuote);
}

/** "…, saying", `…,” saying`, "…, while saying": a participle attached to the clause before it. */
function followsClause(context: UnitContext, at: number): boolean {
  const { tokens } = context;
  let i = at - 1;
  if (/^(?:while|and|but|before|after|also|even|then|by)$/i.test(tokens[i]?.text ?? '')) i -= 1;
  if (tokens[i]?.text === ',') return true;
  return isClosingMark(context, i) && /,["”]$/u.test(context.text.slice((tokens[i] as Token).start - 1, (tokens[i] as Token).end));
}

/** Whether a phrase after the verb can be a speaker: a name or a noun phrase ("said Sun", "said the ministry"), not a clause ("said he may …"). */
function namesSomeone(tokens: readonly Token[], range: TokenRange): boolean {
  const first = tokens[range.first] as Token;
  if (/^(?:he|she|they|it|we|i)$/i.test(first.text)) return range.first === range.last;
  if (DETERMINERS.has(first.text.toLowerCase()) || /^(?:one|two|three|several|some|many|another)$/i.test(first.text)) return true;
  // A name somewhere in it: "said Sun", "said retired Navy Rear Adm. Tom Hollis".
  for (let i = range.first; i <= range.last; i += 1) if (/^\p{Lu}/u.test(tokens[i]?.text ?? '')) return true;
  return false;
}



/** "X said (that) …", "…, X said", "…, said X" around the verb at `cue`. */
function finiteCue(context: UnitContext, unit: Unit, cue: number, stance: boolean, from = cue - 1): RawAttribution | null {
  const { tokens } = context;
  // After a possessive the word is a noun: "Editor's note:", "Trump's claims".
  if (/^['’]s$/u.test(tokens[cue - 1]?.text ?? '')) return null;
  const beforeCue = skipAuxiliariesBack(tokens, from, unit.first);
  if (PASSIVE.has(lower(tokens[beforeCue]))) return passiveCue(context, unit, cue, beforeCue);
  if (FUNCTION_WORDS.has(lower(tokens[beforeCue]))) return null;
  // "for two shows", "in 12 reports": after a number a word that is also a plural noun is the noun.
  if (/^(?:shows|reports|notes|claims|estimates|finds|tweets|posts|calls|plans|questions|concerns|fears|hopes|warns)$/u.test(lower(tokens[cue]))
    && /^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|several|many|few)$/iu.test(tokens[cue - 1]?.text ?? '')) return null;
  const contentStart = contentAfter(context, unit, cue, stance);
  if (stance) return stanceCue(context, unit, cue, beforeCue, contentStart);
  const cueRange = { start: (tokens[cue] as Token).start, end: (tokens[cue] as Token).end };
  const inverted = invertedCue(context, unit, cue, beforeCue);
  // `"…," said Sun Weidong.`: after a quotation the words after the verb name the speaker.
  if (inverted && isClosingMark(context, beforeCue)) return build(context, inverted.content, inverted.speaker, cueRange, cue, unit);
  const before = speakerAfterContent(context, unit, beforeCue);
  // After a closing quotation mark the words before are the statement ("…," McCain said, citing …);
  // with nothing after the verb they are too ("…, the Chinese Foreign Ministry has said.").
  if (before && (contentStart === null || isClosingMark(context, before.first - 1))) {
    const content = contentBefore(context, unit, before.first - 1);
    if (content) return build(context, content, before, cueRange, cue, unit);
  }
  const forward = contentStart === null ? null : speakerThenContent(context, unit, beforeCue, contentStart, cueRange);
  if (forward) return forward;
  // "…, said the ministry." when the words after the verb cannot be its statement.
  return inverted ? build(context, inverted.content, inverted.speaker, cueRange, cue, unit) : null;
}

/** "…, said X" / `"…," says X`: the content before the comma or mark, the speaker after the verb closing the unit. */
function invertedCue(context: UnitContext, unit: Unit, cue: number, beforeCue: number): { content: Range; speaker: TokenRange } | null {
  const { tokens } = context;
  if (beforeCue < unit.first || !(tokens[beforeCue]?.text === ',' || isClosingMark(context, beforeCue))) return null;
  const last = lastWord(tokens, unit);
  const speaker = speakerAfter(tokens, cue + 1, last);
  const content = contentBefore(context, unit, beforeCue);
  if (!speaker || !content || !namesSomeone(tokens, speaker)) return null;
  // Only when the name closes the sentence (or a comma follows it): "…, said Clinton's aide from Ohio …" is not one.
  // A bracketed party and state may follow the name: "said Sen. Maria Kovac (D-Ore.), who …".
  let after = speaker.last + 1;
  if (tokens[after]?.text === '(') {
    const close = tokens.findIndex((t, i) => i > after && i <= last + 1 && t.text === ')');
    if (close > after && close - after < 10) after = close + 1;
  }
  // After the name only an adverbial may follow ("says Dossym Satpayev in Almaty.") or a comma.
  return isTail(tokens, after, last) ? { content, speaker } : null;
}

/** "Dunmore's exit was first reported by Reuters": the subject is the content, the agent after "by" the source. */
function passiveCue(context: UnitContext, unit: Unit, cue: number, be: number): RawAttribution | null {
  const { tokens } = context;
  if (lower(tokens[be]) === 'to' || lower(tokens[cue + 1]) !== 'by') return null;
  const last = lastWord(tokens, unit);
  const agent = speakerAfter(tokens, cue + 2, last);
  if (!agent || !namesSomeone(tokens, agent)) return null;
  let first = be - 1;
  while (first - 1 >= unit.first && !isBoundary(context, first - 1)) first -= 1;
  if (first > be - 1) return null;
  const content = trim(context.text, (tokens[first] as Token).start, (tokens[be - 1] as Token).end);
  if (!content || wordCount(tokens, first, be) < 2) return null;
  return { content, moreContent: [], speaker: rangeOf(tokens, agent), speakerIsSubject: false, cue: { start: (tokens[be] as Token).start, end: (tokens[cue + 1] as Token).end }, via: null };
}

/** "X (, who …,) said (that) …": the speaker before the verb, the content after it. */
function speakerThenContent(context: UnitContext, unit: Unit, beforeCue: number, contentStart: number, cue: Range): RawAttribution | null {
  const { tokens } = context;
  let speaker = speakerBefore(tokens, beforeCue, unit.first);
  let speakerIsSubject = false;
  // "Grassley on Wednesday downplayed the attack and said …": the clause's subject speaks.
  if (!speaker && /^(?:and|but)$/i.test(tokens[beforeCue]?.text ?? '')) {
    speaker = subjectOf(tokens, unit, beforeCue);
    speakerIsSubject = true;
  }
  if (!speaker) return null;
  const content = contentFrom(context, unit, contentStart);
  if (!content) return null;
  return { content, moreContent: [], speaker: rangeOf(tokens, speaker), speakerIsSubject, cue, via: null };
}

/** "Trump criticized the plan", "Ryan declined to comment": the stance's object is the content, the subject its source. */
function stanceCue(context: UnitContext, unit: Unit, cue: number, beforeCue: number, contentStart: number | null): RawAttribution | null {
  const { tokens } = context;
  if (contentStart === null) return null;
  const speaker = speakerBefore(tokens, beforeCue, unit.first);
  const content = contentFrom(context, unit, contentStart, 1);
  if (!speaker || !content) return null;
  const cueToken = tokens[cue] as Token;
  return { content, moreContent: [], speaker: rangeOf(tokens, speaker), speakerIsSubject: false, cue: { start: cueToken.start, end: cueToken.end }, via: null };
}

/** "…, the ministry (has) said" / "…" he said: the speaker words between a comma or closing mark and the verb. */
function speakerAfterContent(context: UnitContext, unit: Unit, beforeCue: number): TokenRange | null {
  const { tokens } = context;
  // "… posed for photos and said": a second verb of the clause's subject, not a speaker after a statement.
  if (beforeCue <= unit.first || /^(?:and|but|or|that)$/i.test(tokens[beforeCue]?.text ?? '')) return null;
  let first = beforeCue;
  let last = beforeCue;
  // `"…," Mitch McConnell, R-Ky., said`: an appositive between the name and the verb belongs to the speaker.
  if (tokens[beforeCue]?.text === ',') {
    last = beforeCue - 1;
    let open = beforeCue - 1;
    while (open > unit.first && beforeCue - open < 8 && !isBoundary(context, open)) open -= 1;
    if (tokens[open]?.text !== ',' || open - 1 <= unit.first) return null;
    first = open - 1;
  }
  while (first - 1 > unit.first && !isBoundary(context, first - 1)) first -= 1;
  if (first - 1 < unit.first || !isBoundary(context, first - 1) || last - first + 1 > (last === beforeCue ? 10 : 16)) return null;
  if (first === beforeCue && isBoundary(context, beforeCue)) return null;
  // "… “outsider” given that about 6 in 10 residents say …": a subordinate clause, whose statement follows.
  if (opensSubordinate(context.text.slice((tokens[first] as Token).start, (tokens[last] as Token).end))) return null;
  return { first, last };
}

/** "X criticised the plan, saying (that) …": the content follows, the speaker is the clause's subject. */
function participleCue(context: UnitContext, unit: Unit, cue: number): RawAttribution | null {
  const { tokens } = context;
  const start = contentAfter(context, unit, cue);
  if (start === null) return null;
  const content = contentFrom(context, unit, start);
  const subject = subjectOf(tokens, unit, cue);
  if (!content || !subject) return null;
  const cueToken = tokens[cue] as Token;
  return { content, moreContent: [], speaker: rangeOf(tokens, subject), speakerIsSubject: true, cue: { start: cueToken.start, end: cueToken.end }, via: null };
}

/** "According to X, …", "…, according to X." and "… , according to X, …". */
function accordingTo(context: UnitContext, unit: Unit, at: number): RawAttribution | null {
  const { tokens } = context;
  const speaker = speakerAfter(tokens, at + 2, lastWord(tokens, unit));
  if (!speaker) return null;
  const cue = { start: (tokens[at] as Token).start, end: (tokens[at + 1] as Token).end };
  const before = at > unit.first ? contentBefore(context, unit, at - 1 >= unit.first && tokens[at - 1]?.text === ',' ? at - 1 : at) : null;
  const afterStart = tokens[speaker.last + 1]?.text === ',' ? speaker.last + 2 : speaker.last + 1;
  const after = afterStart <= unit.last ? contentFrom(context, unit, afterStart) : null;
  const content = before && after ? { start: before.start, end: after.end } : before ?? after;
  if (!content) return null;
  return { content, moreContent: [], speaker: rangeOf(tokens, speaker), speakerIsSubject: false, cue, via: null };
}

/** A trailing "…, according to the ministry" after another cue names who passed the statement on. */
function withVia(context: UnitContext, unit: Unit, found: RawAttribution, according: number): RawAttribution {
  if (according < 0) return found;
  const { tokens } = context;
  const source = speakerAfter(tokens, according + 2, lastWord(tokens, unit));
  if (!source) return found;
  const accordingStart = (tokens[according] as Token).start;
  let end = found.content.end;
  if (found.content.start < accordingStart && end > accordingStart) {
    end = accordingStart;
    while (end > found.content.start && /[\s,]/u.test(context.text[end - 1] as string)) end -= 1;
  }
  return { ...found, content: { start: found.content.start, end }, via: rangeOf(tokens, source) };
}

/** Where the content starts after the verb at `cue`, skipping "that", a recipient and adverbials; null when nothing follows. */
function contentAfter(context: UnitContext, unit: Unit, cue: number, stance = false): number | null {
  const { tokens } = context;
  const last = lastWord(tokens, unit);
  let k = cue + 1;
  if (lower(tokens[cue]) === 'pointed' && lower(tokens[k]) === 'out') k += 1;
  if (TAKES_RECIPIENT.has(lower(tokens[cue]))) k = skipRecipient(tokens, k, last);
  if (stance && PARTICLES.has(lower(tokens[k]))) k += 1;
  const infinitive = stance || TAKES_INFINITIVE.has(lower(tokens[cue]));
  for (let guard = 0; guard < 3 && k <= last; guard += 1) {
    const word = lower(tokens[k]);
    if (word === 'that') return k + 1 <= last ? k + 1 : null;
    if (word === ':' || word === ',') {
      k += 1;
      continue;
    }
    if (!ADVERBIAL_OPENERS.has(word) || (infinitive && word === 'to')) break;
    // "said in a statement (that) …", "said on Monday, …": skip the adverbial, or give up when nothing follows it.
    const stop = findAhead(tokens, k, last, 10, (t) => t.text === ',' || t.text === ':' || lower(t) === 'that' || QUOTE_MARK.test(t.text));
    if (stop < 0) return null;
    k = QUOTE_MARK.test((tokens[stop] as Token).text) ? stop : stop + 1;
  }
  // "said Tuesday in Paris, noting …": what follows the adverbial is another clause, not the statement.
  if (k > cue + 1 && tokens[k - 1]?.text === ',' && /ing$/.test(lower(tokens[k]))) return null;
  if (k > last) return null;
  const word = lower(tokens[k]);
  if (TERMINAL.test(word) || (word === 'to' && !infinitive) || (!stance && (word === 'for' || word === 'about' || word === 'of'))) return null;
  return k;
}

function skipRecipient(tokens: readonly Token[], from: number, last: number): number {
  const that = findAhead(tokens, from, last, 12, (t) => lower(t) === 'that' || t.text === ',' || t.text === ':' || QUOTE_MARK.test(t.text));
  if (that >= 0 && lower(tokens[that]) === 'that') return that + 1;
  let k = from;
  if (DETERMINERS.has(lower(tokens[k]))) k += 1;
  if (/^\p{Lu}/u.test(tokens[k]?.text ?? '')) {
    while (k <= last && (/^\p{Lu}/u.test(tokens[k]?.text ?? '') || /^(?:'s|’s)$/.test(tokens[k]?.text ?? ''))) k += 1;
  } else if (k <= last && /^\p{Ll}/u.test(tokens[k]?.text ?? '')) {
    k += 1;
  }
  return k;
}

/** Whether tokens [from, last] add nothing but an adverbial, a resumed quotation or punctuation ("in Moscow", ", adding …"). */
function isTail(tokens: readonly Token[], from: number, last: number): boolean {
  if (from > last) return true;
  const word = lower(tokens[from]);
  return word === ',' || ADVERBIAL_OPENERS.has(word) || QUOTE_MARK.test(word);
}







function build(context: UnitContext, content: Range, speaker: TokenRange, cue: Range, cueIndex: number, unit: Unit): RawAttribution {
  const { tokens } = context;
  // `"…," he said, "…"`: the quotation resumes after the cue.
  const moreContent: Range[] = [];
  const after = Math.max(speaker.last, cueIndex) + 1;
  if (tokens[after]?.text === ',' && after + 1 <= unit.last) {
    const opening = tokens[after + 1] as Token;
    const resumed = context.marks.startingAt(opening.start);
    if (resumed) moreContent.push({ start: resumed.start, end: resumed.end });
  }
  return { content, moreContent, speaker: rangeOf(tokens, speaker), speakerIsSubject: false, cue, via: null };
}

/** The subject words at the start of the unit: a pronoun, or the phrase up to the first lower-case word. */
function subjectOf(tokens: readonly Token[], unit: Unit, before: number): TokenRange | null {
  let first = unit.first;
  // A dateline ("WASHINGTON (AP) — …") is not the subject.
  if (/^\p{Lu}{2,}$/u.test(tokens[first]?.text ?? '')) {
    const dash = findAhead(tokens, first, before - 1, 8, (t) => t.text === '—' || t.text === '–');
    if (dash >= 0) first = dash + 1;
  }
  // An opening phrase ending in a comma ("On Monday, …", "Facing criticism, …") is not the subject.
  const comma = findAhead(tokens, first, before - 1, /ing$/.test(lower(tokens[first])) ? 12 : 7, (t) => t.text === ',');
  if (comma >= 0 && comma < before - 1) first = comma + 1;
  while (first < before && /^(?:but|and|so|yet|still|meanwhile|however)$/i.test(tokens[first]?.text ?? '')) first += 1;
  const head = tokens[first];
  if (!head) return null;
  if (/^(?:he|she|they|it|we|i)$/i.test(head.text)) return { first, last: first };
  let last = first;
  const determined = DETERMINERS.has(lower(head));
  if (determined) last += 1;
  while (last + 1 < before && (/^\p{Lu}/u.test(tokens[last + 1]?.text ?? '') || /^(?:'s|’s|of|for)$/i.test(tokens[last + 1]?.text ?? ''))) last += 1;
  if (determined) {
    // "The senator …", "The Vermont senator …": a determiner, names, then one common noun.
    if (/^\p{Lu}/u.test(tokens[last]?.text ?? '') && last > first && /^\p{Ll}+$/u.test(tokens[last + 1]?.text ?? '') && last + 1 < before) last += 1;
    return last < before && /^[\p{L}]/u.test(tokens[last]?.text ?? '') ? { first, last } : null;
  }
  if (!/^\p{Lu}/u.test(tokens[last]?.text ?? '')) return null;
  return { first, last };
}



