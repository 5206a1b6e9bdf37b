// @vitest-environment jsdom
// Wire credit lines go to `wire` and out of the body; datelines record the wire and stay in the story.
import { describe, expect, it } from 'vitest';
import { extractBody } from '../../../src/structure/body';
import { datelineAgencies, wireCreditLine } from '../../../src/structure/body/wire-lines';
import { jsdomDocument, page, storyParagraphs } from './dom';

describe('wire credit lines', () => {
  it('reads the agencies of whole-line credits', () => {
    expect(wireCreditLine('SOURCE:Reuters')).toEqual(['Reuters']);
    expect(wireCreditLine('Source: AA')).toEqual(['Anadolu Agency']);
    expect(wireCreditLine('— AP')).toEqual(['AP']);
    expect(wireCreditLine('(With inputs from Reuters)')).toEqual(['Reuters']);
    expect(wireCreditLine('with agency inputs')).toEqual([]);
    expect(wireCreditLine('dpa/AFP')).toEqual(['dpa', 'AFP']);
  });

  it('does not take story sentences for credits', () => {
    expect(wireCreditLine('Reuters reported that the talks had stalled on Monday.')).toBeNull();
    expect(wireCreditLine('Source: a person familiar with the talks')).toBeNull();
    expect(wireCreditLine('— and that was only the start')).toBeNull();
  });

  it('reads datelines', () => {
    expect(datelineAgencies('SANTIAGO (AP) — Chile’s economy grew by 0.8% in the second quarter.')).toEqual(['AP']);
    expect(datelineAgencies('(Reuters) - Oil prices rose on Tuesday.')).toEqual(['Reuters']);
    expect(datelineAgencies('The council (which met on Monday) - as usual - said nothing.')).toEqual([]);
  });

  it('removes credit lines from the body, keeps dateline paragraphs, and finds a credit just after the body', () => {
    const html = `<article><div class="article-body"><p>SANTIAGO (AP) — Chile’s economy grew by 0.8% in the second quarter of 2023, the statistics office said.</p>${storyParagraphs(3)}<p>(With inputs from Reuters)</p></div><p class="source">SOURCE: AFP</p></article>`;
    const body = extractBody(jsdomDocument(page(html)), { title: null, description: null });
    expect(body.blocks).toHaveLength(4);
    expect(body.blocks[0]?.text).toMatch(/^SANTIAGO \(AP\) —/);
    expect(body.wire).toEqual(['AP', 'Reuters', 'AFP']);
  });
});
