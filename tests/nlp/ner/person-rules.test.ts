// A "place" in no place list that speaks or follows a noun for a person is a person; a person's family name alone later in the story is that person.
import { describe, expect, it } from 'vitest';
import { speakersAsPeople } from '../../../src/nlp/ner/speaker-spans';
import { surnamesAsPeople } from '../../../src/nlp/ner/surname-spans';

const split = (text: string) => text.split(' ');

describe('speakersAsPeople', () => {
  it('retypes an unlisted place that says something', () => {
    expect(speakersAsPeople(split('investor Orlan Veskin said on'), split('O B-LOC I-LOC O O'))).toEqual(split('O B-PER I-PER O O'));
  });

  it('retypes an unlisted place right after a noun for a person', () => {
    expect(speakersAsPeople(split('backed by billionaire Orlan Veskin .'), split('O O O B-LOC I-LOC O'))).toEqual(split('O O O B-PER I-PER O'));
    expect(speakersAsPeople(split('backed by billionaire Moscow .'), split('O O O B-LOC O'))).toEqual(split('O O O B-LOC O'));
  });

  it('keeps listed places and countries that speak for their governments, and places that do not speak', () => {
    expect(speakersAsPeople(split('Moscow said on'), split('B-LOC O O'))).toEqual(split('B-LOC O O'));
    expect(speakersAsPeople(split('Ukraine told the'), split('B-LOC O O'))).toEqual(split('B-LOC O O'));
    expect(speakersAsPeople(split('in Orlan Veskin today'), split('O B-LOC I-LOC O'))).toEqual(split('O B-LOC I-LOC O'));
  });
});

describe('surnamesAsPeople', () => {
  const sentences = [split('Orlan Veskin runs the firm .'), split('Veskin told staff .'), split('The Veskin Trust gave .'), split('veskin oil')];
  const tagged = [split('B-PER I-PER O O O O'), split('O O O O'), split('O O O O O'), split('O O')];

  it('tags a later, untagged family name of a person found in the story', () => {
    const out = surnamesAsPeople(sentences, tagged);
    expect(out[1]).toEqual(split('B-PER O O O'));
  });

  it('leaves it inside another name, in lower case, and changes nothing without a full name', () => {
    const out = surnamesAsPeople(sentences, tagged);
    expect(out[2]).toEqual(split('O O O O O'));
    expect(out[3]).toEqual(split('O O'));
    expect(surnamesAsPeople(sentences.slice(1), tagged.slice(1))).toEqual(tagged.slice(1));
  });
});
