// The lead image the page declares: og:image / twitter:image / JSON-LD image, with alt text and caption.
import type { ArticleImage } from '../../analysis';
import { cleanOrNull } from '../../text/normalize';
import { asList, firstString, isJsonObject, type JsonObject } from './json-safe';
import { resolve, type JsonLd } from './jsonld';
import type { MetaTags } from './meta-tags';

export function metadataImage(article: JsonObject | null, ld: JsonLd, tags: MetaTags, baseUrl: string | null): ArticleImage | null {
  let src = tags.first('og:image:secure_url', 'og:image', 'og:image:url', 'twitter:image', 'twitter:image:src', 'parsely-image-url', 'thumbnail');
  let caption: string | null = null;
  let credit: string | null = null;
  const ldImage = article ? resolve(asList(article.image)[0], ld) : undefined;
  if (typeof ldImage === 'string') src ??= ldImage;
  else if (isJsonObject(ldImage)) {
    src ??= firstString(ldImage.url) ?? firstString(ldImage.contentUrl);
    caption = cleanOrNull(firstString(ldImage.caption) ?? firstString(ldImage.description));
    credit = cleanOrNull(firstString(ldImage.creditText) ?? firstString(ldImage.copyrightHolder) ?? firstString(ldImage.author));
  }
  const alt = cleanOrNull(tags.first('og:image:alt', 'twitter:image:alt'));
  const resolved = resolveUrl(src, baseUrl);
  if (!resolved && !caption && !alt) return null;
  return { src: resolved, alt, caption, credit };
}

/** An absolute http(s) URL for href against base, or null when it cannot be resolved. */
export function resolveUrl(href: string | null | undefined, base: string | null): string | null {
  const trimmed = href?.trim();
  if (!trimmed || trimmed.length > 4000 || /^(?:javascript|data):/i.test(trimmed)) return null;
  try {
    const resolved = base ? new URL(trimmed, base) : new URL(trimmed);
    return /^https?:$/.test(resolved.protocol) ? resolved.href : null;
  } catch {
    return null;
  }
}
