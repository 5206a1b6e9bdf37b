// The seed page (TRT World, credited to Reuters): every fact issue 4 names, exactly, and one statement per quote.
import { describe, expect, it } from 'vitest';
import { factWith, nameOf, names, runSeed, spanText } from './helpers';

describe('facts of the seed page', () => {
  const seed = runSeed();

  it('Sun Weidong met Sergey Lavrov in Moscow on 26–27 February 2024 ("He also met …", time and place carried over)', () => {
    const met = factWith(seed, 'event', 'met Russian Foreign Minister Sergey Lavrov');
    expect(met.text).toBe('Sun Weidong also met Russian Foreign Minister Sergey Lavrov in Moscow on 26–27 February 2024.');
    expect(met.predicate).toBe('met');
    expect(nameOf(seed, met.subject)).toBe('Sun Weidong');
    expect(names(seed, met.objects)).toEqual(['Sergey Lavrov']);
    expect(met.when).toBe('2024-02-26/2024-02-27');
    expect(nameOf(seed, met.where)).toBe('Moscow');
    expect(met.attribution).toEqual({ kind: 'wire', source: 'Reuters', text: 'Reuters' });
    expect(spanText(seed, met)).toBe('He also met Russian Foreign Minister Sergey Lavrov.');
  });

  it('Russia plans to hold the BRICS Summit in Kazan in October 2024', () => {
    const summit = factWith(seed, 'event', 'BRICS Summit');
    expect(summit.text).toBe('Russia plans to hold the BRICS Summit in the city of Kazan in October 2024.');
    expect(summit.predicate).toBe('plans to hold');
    expect(nameOf(seed, summit.subject)).toBe('Russia');
    expect(names(seed, summit.objects)).toEqual(['BRICS Summit']);
    expect(summit.when).toBe('2024-10');
    expect(nameOf(seed, summit.where)).toBe('Kazan');
    expect(summit.attribution.kind).toBe('wire');
  });

  it('the Shanghai Cooperation Organisation was established by China and Russia in 2001', () => {
    const founded = factWith(seed, 'relation', 'established by');
    expect(founded.text).toBe('Shanghai Cooperation Organisation was established by China and Russia in 2001.');
    expect(founded.predicate).toBe('established by');
    expect(nameOf(seed, founded.subject)).toBe('Shanghai Cooperation Organisation');
    expect(names(seed, founded.objects)).toEqual(['China', 'Russia']);
    expect(founded.when).toBe('2001');
    expect(founded.attribution.source).toBe('Reuters');
  });

  it('BRICS includes China, Brazil, Russia, India and South Africa', () => {
    const includes = factWith(seed, 'relation', 'includes');
    expect(includes.text).toBe('BRICS includes China, Brazil, Russia, India and South Africa.');
    expect(nameOf(seed, includes.subject)).toBe('BRICS');
    expect(names(seed, includes.objects)).toEqual(['China', 'Brazil', 'Russia', 'India', 'South Africa']);
    expect(includes.attribution.kind).toBe('wire');
    // "Sun's Moscow talks included the SCO" is about talks, not a member list.
    expect(seed.facts.filter((f) => f.predicate === 'included')).toEqual([]);
  });

  it('Russia took over the BRICS presidency for 2024 at Brazil\'s request ("the presidency" read as the BRICS one)', () => {
    const took = factWith(seed, 'event', 'took over');
    expect(took.text).toBe("Russia took over the BRICS presidency for 2024 at Brazil's request.");
    expect(took.predicate).toBe('took over');
    expect(nameOf(seed, took.subject)).toBe('Russia');
    expect(names(seed, took.objects)).toEqual(['BRICS', 'Brazil']);
    expect(took.when).toBe('2024');
    // "at Brazil's request" is whose request, not a place.
    expect(took.where).toBeNull();
  });

  it('Sun was in Moscow on Monday and Tuesday: an event reported by the ministry ("according to the ministry")', () => {
    const visit = factWith(seed, 'event', 'was in Moscow');
    expect(visit.text).toBe('Sun Weidong was in Moscow on 26–27 February 2024 for talks on bilateral relations.');
    expect(visit.when).toBe('2024-02-26/2024-02-27');
    expect(nameOf(seed, visit.where)).toBe('Moscow');
    expect(visit.attribution.kind).toBe('organization');
    expect(nameOf(seed, visit.attribution.source)).toBe('Chinese Foreign Ministry');
  });

  it('makes one statement per quote, with the cue as predicate and the speaker as subject and source', () => {
    const statements = seed.facts.filter((f) => f.kind === 'statement');
    expect(statements).toHaveLength(seed.analysis.quotes.length);
    expect(statements.map((f) => f.text)).toEqual([
      'China called for closer Beijing-Moscow coordination in Asia Pacific.',
      'Sun Weidong said China and Russia should play "better role as an anchor of stability in the changing circumstances of the century".',
      'Chinese Foreign Ministry said China and Russia should strengthen communication and coordination in Asia Pacific affairs and jointly safeguard regional security, stability and development.',
      'Sun Weidong said China and Russia should play a "better role as an anchor of stability in the changing circumstances of the century".',
      'Sun Weidong said in Moscow China stands ready to continuously strengthen strategic coordination between both sides in international multilateral platforms.',
      'Sun Weidong said China supports Russia assuming the BRICS presidency this year.',
    ]);
    const supports = factWith(seed, 'statement', 'China supports Russia');
    expect(supports).toMatchObject({ predicate: 'said', attribution: { kind: 'named', text: 'Sun' } });
    expect(nameOf(seed, supports.subject)).toBe('Sun Weidong');
    expect(nameOf(seed, supports.attribution.source)).toBe('Sun Weidong');
    expect(names(seed, supports.objects)).toEqual(['China', 'Russia', 'BRICS']);
    const ministry = factWith(seed, 'statement', 'strengthen communication');
    expect(ministry.attribution.kind).toBe('organization');
    const relayed = factWith(seed, 'statement', 'should play a "better role');
    expect(relayed.attribution.text).toBe("China's Vice Foreign Minister Sun Weidong, according to the ministry");
    expect(nameOf(seed, factWith(seed, 'statement', 'stands ready').where)).toBe('Moscow');
  });

  it('states the roles the story gives its people as relations', () => {
    const roles = seed.facts.filter((f) => f.kind === 'relation' && f.predicate === 'is').map((f) => f.text);
    expect(roles).toEqual([
      'Sun Weidong is Vice Foreign Minister of China.',
      'Xi Jinping is President of China.',
      'Vladimir Putin is President of Russia.',
      'Sergey Lavrov is Foreign Minister of Russia.',
    ]);
  });

  it('gives every fact not inside a quote the wire credit, and none goes unattributed', () => {
    expect(seed.facts.filter((f) => f.attribution.kind === 'none')).toEqual([]);
    const wire = seed.facts.filter((f) => f.attribution.kind === 'wire');
    expect(wire.length).toBeGreaterThanOrEqual(5);
    expect(new Set(wire.map((f) => f.attribution.source))).toEqual(new Set(['Reuters']));
  });

  it('numbers facts f1, f2, … in reading order', () => {
    expect(seed.facts.map((f) => f.id)).toEqual(seed.facts.map((_, index) => `f${index + 1}`));
    const positions = seed.facts.map((f) => f.evidence.block * 10_000 + f.evidence.start);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});
