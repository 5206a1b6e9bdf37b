// The words that introduce reported speech ("said", "told", "according to") and the small words around them.

/** Finite speech and writing verbs: "X said …", "…, X added". */
export const SPEECH_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'tell', 'added', 'adds', 'wrote', 'writes', 'announced', 'announces',
  'warned', 'warns', 'stressed', 'stresses', 'noted', 'notes', 'explained', 'explains', 'argued', 'argues', 'claimed',
  'claims', 'insisted', 'insists', 'declared', 'declares', 'stated', 'tweeted', 'tweets', 'reported',
  'reports', 'acknowledged', 'acknowledges', 'admitted', 'admits', 'confirmed', 'confirms', 'denied', 'replied',
  'responded', 'recalled', 'recalls', 'concluded', 'predicted', 'predicts', 'conceded', 'concedes', 'countered',
  'complained', 'complains', 'emphasized', 'emphasised', 'emphasizes', 'emphasises', 'suggested', 'suggests',
  'asserted', 'asserts', 'contended', 'contends', 'observed', 'remarked', 'maintained', 'maintains', 'alleged',
  'alleges', 'estimated', 'estimates', 'agreed', 'agrees', 'revealed', 'disclosed', 'continued', 'asked', 'asks',
  'promised', 'promises', 'vowed', 'vows', 'pledged', 'boasted', 'joked', 'quipped', 'charged', 'cautioned',
  'believes', 'believe', 'thinks', 'think', 'feels', 'predicted', 'urged', 'posted', 'mused', 'lamented',
  'speculated', 'testified', 'indicated', 'indicates', 'hinted', 'reiterated', 'underlined', 'underscored',
  'signaled', 'signalled', 'found', 'finds', 'show', 'shows', 'showed', 'shouted', 'yelled', 'cracked',
  'recounted', 'insisted', 'demanded', 'wondered', 'announces', 'concluded', 'conclude', 'argue', 'claim', 'note',
  'predict', 'warn', 'insist', 'admit', 'acknowledge', 'suggest', 'believed', 'thought', 'felt', 'knew', 'expects',
  'expected', 'hoped', 'hopes', 'fear', 'fears', 'feared', 'worried', 'worry', 'reckoned', 'figured', 'assured',
  'informed', 'reminded', 'retorted', 'objected', 'protested', 'announce', 'write', 'explain', 'answered',
  'learned', 'indicate', 'projected', 'forecast', 'hints', 'implied', 'realized', 'realised', 'concludes', 'reveal',
  'emphasize', 'declare', 'reads', 'emailed',
]);

/**
 * Verbs of stance rather than speech ("criticized the plan", "endorsed Clinton"), chosen on PolNeAR train where
 * most of their uses are annotated as attributions. Their content may be a short object.
 */
export const STANCE_VERBS = new Set([
  'called', 'calls', 'endorsed', 'endorses', 'declined', 'accused', 'accuses', 'criticized', 'criticised', 'criticizes',
  'responded', 'agreed', 'expressed', 'offered', 'urged', 'urges', 'cited', 'cites', 'proposed', 'defended',
  'praised', 'praises', 'opposed', 'opposes', 'rejected', 'questioned', 'attacked', 'mentioned', 'blasted',
  'denounced', 'dismissed', 'blamed', 'blames', 'mocked', 'condemned', 'slammed', 'touted', 'touts', 'railed',
  'highlighted', 'decried', 'described', 'describes', 'supported', 'refused', 'sought', 'welcomed', 'lambasted',
  'ridiculed', 'hailed', 'applauded', 'cheered', 'disputed', 'challenged', 'demanded',
  'want', 'wants', 'wanted', 'supports', 'backed', 'sees', 'knows', 'plans', 'questions', 'considers', 'considered',
  'favors', 'favored', 'prefers', 'preferred', 'accepted', 'doubted', 'doubts', 'pledged', 'thanked', 'echoed', 'repeated',
  'discussed', 'ordered', 'referred', 'oppose', 'portrayed', 'requested', 'voiced', 'encouraged', 'pleaded', 'threatened',
  'remembered', 'presented', 'referenced', 'chanted', 'recommended', 'criticize', 'assailed', 'retweeted', 'quoted',
  'championed', 'bemoaned', 'invoked', 'slams', 'likened', 'lashed', 'labeled', 'labelled', 'blasts', 'commented',
  'derided', 'unveiled', 'mentions', 'rebuked', 'knocked', 'balked', 'apologized', 'apologised', 'attributed',
  'support', 'voted', 'spoke', 'talked', 'endorse', 'call', 'hope', 'feel', 'know', 'see', 'focused', 'pointed',
]);

/** Participles that attach a statement to the clause before them: "…, saying …". */
export const SPEECH_PARTICIPLES = new Set([
  'saying', 'adding', 'noting', 'telling', 'arguing', 'claiming', 'warning', 'insisting', 'explaining', 'stressing',
  'declaring', 'stating', 'writing', 'tweeting', 'suggesting', 'asserting', 'acknowledging', 'admitting',
  'emphasizing', 'emphasising', 'predicting', 'calling', 'asking', 'urging', 'promising', 'vowing', 'complaining',
  'describing', 'criticizing', 'criticising', 'referring', 'citing', 'questioning', 'denouncing', 'announcing',
  'recalling', 'defending', 'accusing', 'blaming', 'praising', 'mocking', 'pointing', 'touting', 'proposing',
  'highlighting', 'alleging', 'reminding', 'pledging', 'blasting', 'slamming', 'thanking', 'echoing', 'implying',
  'remarking', 'detailing', 'dismissing', 'mentioning', 'refusing', 'discussing', 'repeating', 'hoping', 'expressing',
  'supporting', 'backing', 'talking', 'seeking',
]);

/** Verbs whose object comes before the statement: "told reporters (that) …". */
export const TAKES_RECIPIENT = new Set(['told', 'tells', 'tell', 'telling', 'warned', 'warns', 'assured', 'reminded', 'informed', 'asked', 'urged']);

/** Words between a speaker and the verb that belong to neither: "has said", "also told", "later added". */
export const AUXILIARIES = new Set([
  'has', 'have', 'had', 'also', 'later', 'then', 'would', 'will', 'could', 'might', 'may', 'had', 'previously',
  'repeatedly', 'reportedly', 'recently', 'once', 'further', 'again', 'earlier', 'frequently', 'often', 'again',
  'has', 'publicly', 'privately', 'separately', 'simply', 'flatly', 'explicitly', 'openly', 'quickly', 'never',
  'always', 'first', 'last', 'did', 'does', 'do', 'not', 'ha', 'already', 'even', 'still', 'just', 'only', 'since',
]);

/** Words that end a speaker noun phrase when walking back from the verb. */
export const CLAUSE_OPENERS = new Set([
  'that', 'but', 'and', 'or', 'so', 'yet', 'while', 'as', 'because', 'though', 'although', 'when', 'after', 'before',
  'if', 'since', 'where', 'whereas', 'unless', 'until', 'than', 'what', 'how', 'why',
]);

/** Prepositions and time words that open an adverbial after the verb ("said in a statement", "said on Monday"). */
export const ADVERBIAL_OPENERS = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'from', 'via', 'to', 'with', 'last', 'this', 'earlier', 'late',
  'early', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today',
  'tonight', 'recently', 'publicly', 'privately', 'repeatedly', 'again', 'also', 'later', 'previously', 'over',
  'through', 'while', 'when', 'by', 'afterward', 'afterwards', 'next', 'then', 'for',
]);
