// The words of a headline element as a reader sees them: no inline <style>/<script> text, no kicker glued in front.
import { cleanText } from '../../text/normalize';
import { headlineWithoutKicker } from './glued-kicker';
import { readableText } from './readable-text';

/** The headline's text, or null when it has none. */
export function headlineText(headline: Element): string | null {
  return headlineWithoutKicker(headline) ?? (cleanText(readableText(headline)) || null);
}
