// Text copied from a news page in the seed's format (first cut; the copied-text work replaces this).
import { parsePlainText } from './plain-text';
import type { StructuredPage } from './structured-page';

export function parseCopiedText(text: string): StructuredPage {
  return parsePlainText(text);
}
