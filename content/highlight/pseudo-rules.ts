// Whether the page's own stylesheets could put ::before / ::after content into our marks, so that the rule undoing it is only paid for when needed.

/*
 * Why: a rule that matches `newslens-mark::before` makes the browser compute two extra styles for every mark (the
 * ::before and the ::after), even when they end up with no content. On a page with thousands of marks that is about
 * half of all the style work of highlighting. Pseudo-elements only get content from a rule that names them, so when
 * no stylesheet of the page has a selector with ::before or ::after, our marks get none and the rule is not needed.
 * A stylesheet we may not read (another origin) could have one: it counts as having one.
 */

/** More rules than this are not read through: the answer is then "yes", which is always safe. */
const MAX_RULES = 20_000;

const PSEUDO_SELECTOR = /:(?:before|after)\b/i;

/** True when a stylesheet of the page (other than `own`) has, or may have, a ::before or ::after selector. */
export function pageMayStylePseudoElements(doc: Document, own: ReadonlySet<CSSStyleSheet | null> = new Set()): boolean {
  const sheets: CSSStyleSheet[] = [...Array.from(doc.styleSheets), ...(doc.adoptedStyleSheets ?? [])];
  let budget = MAX_RULES;
  const visit = (rules: CSSRuleList): boolean => {
    for (const rule of Array.from(rules)) {
      if (--budget < 0) return true;
      if ('selectorText' in rule && PSEUDO_SELECTOR.test((rule as CSSStyleRule).selectorText)) return true;
      if ('styleSheet' in rule) {
        // @import: the imported sheet, which may be unreadable (another origin) or not loaded yet.
        const imported = (rule as CSSImportRule).styleSheet;
        if (!imported || sheetMay(imported)) return true;
      }
      // Grouping rules (@media, @supports, @layer, @container) and nested style rules hold rules of their own.
      const inner = (rule as CSSGroupingRule).cssRules;
      if (inner && inner.length > 0 && visit(inner)) return true;
    }
    return false;
  };
  const sheetMay = (sheet: CSSStyleSheet): boolean => {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      return true;
    }
    return visit(rules);
  };
  // A stylesheet link still loading is not in styleSheets yet: what it will hold is unknown.
  for (const link of Array.from(doc.querySelectorAll<HTMLLinkElement>('link[rel]'))) {
    const stylesheet = link.relList ? link.relList.contains('stylesheet') : /(^|\s)stylesheet(\s|$)/i.test(link.rel);
    if (stylesheet && !link.sheet && !link.disabled) return true;
  }
  return sheets.some((sheet) => !own.has(sheet) && sheetMay(sheet));
}
