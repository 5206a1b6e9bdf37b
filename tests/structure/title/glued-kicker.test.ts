// The kicker glued into the h1 is left out of the headline text, only when the page marks it as a kicker.
import { describe, expect, it } from 'vitest';
import { headlineWithoutKicker } from '../../../src/structure/title/glued-kicker';
import { headlineText } from '../../../src/structure/title/headline-text';
import { linkedomDocument, page } from '../body/dom';

function h1(inner: string): Element {
  const found = linkedomDocument(page(`<article><h1>${inner}</h1><p>Text.</p></article>`)).querySelector('h1');
  if (!found) throw new Error('no h1');
  return found;
}

describe('headlineWithoutKicker', () => {
  it('drops a kicker named by its class or set on its own line', () => {
    expect(headlineWithoutKicker(h1('\n<span class="dachzeile">Nach Corona-Lockerungen</span>\n<span class="headline">Autohäuser rechnen mit langsamem Anlaufen</span>\n'))).toBe('Autohäuser rechnen mit langsamem Anlaufen');
    expect(headlineWithoutKicker(h1('<span class="overline">Die Zukunft der Arbeit</span>"Wir dekorieren die Liegestühle um"'))).toBe('"Wir dekorieren die Liegestühle um"');
    expect(headlineWithoutKicker(h1('<div class="topic-label"> 100. Geburtstag </div> Margot Friedländer wird 100 Jahre'))).toBe('Margot Friedländer wird 100 Jahre');
    expect(headlineWithoutKicker(h1('<small>Tunesien</small><br>Schwere Zeiten für die neue Koalition'))).toBe('Schwere Zeiten für die neue Koalition');
  });

  it('keeps a kicker that a separator joins to the headline', () => {
    expect(headlineWithoutKicker(h1('<span class="kicker">Entwurf des Gesetzes</span><span class="hide">: </span><span>Ein bisschen Fortschritt</span>'))).toBeNull();
    expect(headlineWithoutKicker(h1('<span class="kicker">Wahl:</span> Neue Präsidentin gewählt'))).toBeNull();
  });

  it('leaves headlines alone whose first element is not a kicker', () => {
    expect(headlineWithoutKicker(h1('Council approves new cycle lanes'))).toBeNull();
    expect(headlineWithoutKicker(h1('<span class="article-subtitle">MTB-Reifen umrüsten</span> Schritt für Schritt erklärt'))).toBeNull();
    expect(headlineWithoutKicker(h1('<span class="label">Ehezoff</span> der Pochers eskaliert'))).toBeNull();
    expect(headlineWithoutKicker(h1('<b>Editor’s Letter:</b><i>bye and hello</i>'))).toBeNull();
    expect(headlineWithoutKicker(h1('<span class="kicker">Live</span>'))).toBeNull();
  });
});

describe('headlineText', () => {
  it('leaves out style sheets that CSS-in-JS puts inside the heading', () => {
    const heading = h1('<style data-emotion="css x">.css-x{display:block}</style><span class="css-x">Impfen ist bis Ende Februar möglich</span>');
    expect(headlineText(heading)).toBe('Impfen ist bis Ende Februar möglich');
    expect(headlineText(h1('Council approves new cycle lanes'))).toBe('Council approves new cycle lanes');
  });
});
