// Stated reading time ("2 MIN READ", "3 min read", "Lesezeit 3 Min.", "Reading time: 4 minutes") → minutes.

const UNIT = '(?:min(?:ute)?s?|minuten|minutes|minutos|minuti|minuut|minuter|minutter|minut|minuty|dk|dakika|мин(?:ут[аы]?)?|分)\\.?';
const AFTER = new RegExp(
  `(\\d{1,3})\\s*[-\\s]?${UNIT}\\s*(?:of\\s+)?(?:read|reading|lesezeit|lesedauer|de lectura|di lettura|de lecture|de leitura|leestijd|läsning|lesing|okuma|czytania|чтения|lectura|lettura|lecture|leitura)`,
  'i',
);
const BEFORE = new RegExp(
  `(?:read(?:ing)?[ -]?time|time to read|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura|leestijd|lästid|lesetid|okuma süresi|czas czytania|время чтения)\\s*[:：]?\\s*(?:ca\\.?|approx\\.?|about|etwa|circa|~)?\\s*(\\d{1,3})\\s*${UNIT}`,
  'i',
);

/** The minutes a short label states, or null when it states no reading time. */
export function parseReadingMinutes(text: string): number | null {
  if (text.length > 80) return null;
  const match = AFTER.exec(text) ?? BEFORE.exec(text);
  if (!match?.[1]) return null;
  const minutes = Number(match[1]);
  return minutes > 0 && minutes < 600 ? minutes : null;
}
