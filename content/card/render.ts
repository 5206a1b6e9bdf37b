// Builds the card's DOM for one entity. Every page-derived string goes in as textContent, never as markup.
import type { EntityDetails, FactSource } from './details';
import type { CardTranslate } from './i18n';

export interface CardNavigation {
  /** 1-based position of the mark the card is open on among the entity's highlighted mentions. */
  position: number;
  total: number;
}

export interface CardActions {
  previous(): void;
  next(): void;
  close(): void;
}

/** The id the dialog is labelled by; unique within the shadow root, which is all aria-labelledby needs. */
export const NAME_ID = 'newslens-card-name';

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function button(doc: Document, className: string, symbol: string, label: string, action: () => void, signal: AbortSignal): HTMLButtonElement {
  const node = element(doc, 'button', className, symbol);
  node.type = 'button';
  node.setAttribute('aria-label', label);
  node.title = label;
  node.addEventListener('click', action, { signal });
  return node;
}

function roleLine(details: EntityDetails, t: CardTranslate): string | null {
  const role = details.entity.role?.trim() || null;
  if (role && details.affiliation) return t('card_role_of', role, details.affiliation);
  if (role) return role;
  return details.affiliation ? t('card_affiliation', details.affiliation) : null;
}

function sourceLine(source: FactSource, t: CardTranslate): string {
  if (source.kind === 'name') return t('card_source', source.name);
  return source.kind === 'unnamed' ? t('card_source_unnamed') : t('card_source_none');
}

function section(doc: Document, id: string, heading: string, items: HTMLLIElement[], more: number, t: CardTranslate): HTMLElement {
  const wrapper = element(doc, 'div', 'section');
  const label = element(doc, 'p', 'label', heading);
  label.id = id;
  const list = element(doc, 'ul');
  list.setAttribute('aria-labelledby', id);
  list.append(...items);
  wrapper.append(label, list);
  if (more > 0) wrapper.append(element(doc, 'p', 'more', t('card_more', more)));
  return wrapper;
}

/**
 * The card for `details`: type, name, role and affiliation, mention count with previous/next, what the entity
 * said and the facts it takes part in with their sources. `signal` removes the buttons' listeners.
 */
export function renderCard(doc: Document, details: EntityDetails, nav: CardNavigation, t: CardTranslate, actions: CardActions, signal: AbortSignal): HTMLElement {
  const { entity } = details;
  const card = element(doc, 'div', 'card');
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-labelledby', NAME_ID);
  card.dataset.entity = entity.id;

  const top = element(doc, 'div', 'top');
  const text = element(doc, 'div', 'top-text');
  const type = element(doc, 'span', 'type', t(`typeSingular_${entity.type}`));
  type.dataset.type = entity.type;
  const name = element(doc, 'p', 'name', entity.name);
  name.id = NAME_ID;
  text.append(type, name);
  const role = roleLine(details, t);
  if (role) text.append(element(doc, 'p', 'role', role));
  top.append(text, button(doc, 'close', '×', t('card_close'), actions.close, signal));
  card.append(top);

  const mentions = element(doc, 'div', 'mentions');
  mentions.setAttribute('role', 'group');
  mentions.setAttribute('aria-label', t('card_mentions_group'));
  const count = details.mentionCount === 1 ? t('card_mentions_one') : t('card_mentions_many', details.mentionCount);
  mentions.append(element(doc, 'span', 'count', count));
  // With a single highlighted mention there is nowhere to go, and no buttons that would do nothing.
  if (nav.total > 1) {
    const previous = button(doc, 'previous', '‹', t('card_previous_mention'), actions.previous, signal);
    const next = button(doc, 'next', '›', t('card_next_mention'), actions.next, signal);
    mentions.append(previous, element(doc, 'span', 'position', t('card_mention_position', nav.position, nav.total)), next);
  }
  card.append(mentions);

  if (details.quotes.length) {
    const items = details.quotes.map((quote) => element(doc, 'li', 'quote', quote));
    card.append(section(doc, 'newslens-card-quotes', t('card_quotes_heading'), items, details.moreQuotes, t));
  }
  if (details.facts.length) {
    const items = details.facts.map((fact) => {
      const item = element(doc, 'li');
      item.append(element(doc, 'span', 'fact', fact.text), element(doc, 'span', 'source', sourceLine(fact.source, t)));
      return item;
    });
    card.append(section(doc, 'newslens-card-facts', t('card_facts_heading'), items, details.moreFacts, t));
  }
  return card;
}
