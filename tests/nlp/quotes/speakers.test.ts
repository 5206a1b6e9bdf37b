// Speaker resolution against given entities: names, pronouns, "the ministry"-style references, anonymous sources.
import { describe, expect, it } from 'vitest';
import type { Block, Entity, Span } from '../../../src/analysis';
import { extractQuotes } from '../../../src/nlp/quotes/index';

const blocks: Block[] = [
  { kind: 'paragraph', text: 'The Daily Herald reported the talks on Monday. Finance Ministry officials met Acme Corp.' },
  { kind: 'paragraph', text: 'The newspaper said the deal was close to being signed.' },
  { kind: 'paragraph', text: 'The ministry said it expected a decision within a week.' },
  { kind: 'paragraph', text: 'Maria Lopez, the Acme spokesperson, spoke on Tuesday.' },
  { kind: 'paragraph', text: 'The spokesperson said the company would not comment on rumours.' },
  { kind: 'paragraph', text: 'They said the market had already priced in the merger.' },
  { kind: 'paragraph', text: 'Two people close to the board said the vote could slip to next month.' },
  { kind: 'paragraph', text: 'An Acme spokesman said the firm was confident.' },
  { kind: 'paragraph', text: 'The board hired Tom Reyes, who said the merger would close in May.' },
  { kind: 'paragraph', text: 'Officials in Paris said the talks would resume.' },
];

function entity(id: string, type: Entity['type'], name: string, role: string | null, mentions: Span[]): Entity {
  return { id, type, name, aliases: [], role, affiliation: null, mentions, salience: 0.5 };
}

const entities: Entity[] = [
  entity('herald', 'organization', 'Daily Herald', null, [{ block: 0, start: 4, end: 16 }]),
  entity('ministry', 'organization', 'Finance Ministry', null, [{ block: 0, start: 47, end: 63 }]),
  entity('acme', 'organization', 'Acme Corp', null, [{ block: 0, start: 78, end: 87 }, { block: 3, start: 17, end: 21 }, { block: 7, start: 3, end: 7 }]),
  entity('lopez', 'person', 'Maria Lopez', 'spokesperson', [{ block: 3, start: 0, end: 11 }]),
  entity('reyes', 'person', 'Tom Reyes', null, [{ block: 8, start: 16, end: 25 }]),
  entity('paris', 'place', 'Paris', null, [{ block: 9, start: 13, end: 18 }]),
];

const quotes = extractQuotes(blocks, entities);
const inBlock = (block: number) => quotes.find((q) => q.span.block === block);

describe('speaker resolution', () => {
  it('resolves "the newspaper" to a recent news organisation and "the ministry" to the organisation named so', () => {
    expect(inBlock(1)).toMatchObject({ speaker: 'herald', speakerText: 'The newspaper', anonymous: false });
    expect(inBlock(2)).toMatchObject({ speaker: 'ministry', speakerText: 'The ministry' });
  });

  it('resolves "the spokesperson" to the person with that role', () => {
    expect(inBlock(4)).toMatchObject({ speaker: 'lopez', text: 'the company would not comment on rumours' });
  });

  it('resolves "They" to the most recent organisation, not to a person', () => {
    expect(inBlock(5)?.speaker).toBe('acme');
  });

  it('resolves a relative "who" to the person named just before it', () => {
    expect(inBlock(8)).toMatchObject({ speaker: 'reyes', speakerText: 'who', text: 'the merger would close in May' });
  });

  it('flags unnamed sources, even when an organisation qualifies them', () => {
    expect(inBlock(6)).toMatchObject({ speaker: null, anonymous: true, speakerText: 'Two people close to the board' });
    expect(inBlock(7)).toMatchObject({ speaker: null, anonymous: true, speakerText: 'An Acme spokesman' });
    expect(inBlock(9)).toMatchObject({ speaker: null, anonymous: true, speakerText: 'Officials in Paris' });
  });
});
