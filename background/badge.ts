// The toolbar badge: how many entities Newslens found on the tab, set per tab and cleared when it navigates.

/** "" hides the badge; about four characters fit on the button. */
export function badgeText(entities: number | null): string {
  if (entities === null || !Number.isFinite(entities) || entities <= 0) return '';
  return entities > 999 ? '999+' : String(Math.floor(entities));
}

/** A dark slate that keeps the white badge digits above 4.5:1 in both browsers' toolbars. */
export const BADGE_COLOUR = '#3b4252';
