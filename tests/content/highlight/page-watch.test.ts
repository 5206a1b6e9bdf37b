// @vitest-environment jsdom
// The page watcher: page changes are reported once per batch; our own writes, and the page deleting our marks, never are.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchPage } from '../../../content/highlight/page-watch';
import { loadPage } from './helpers';

const settle = (ms = 60) => new Promise((resolve) => setTimeout(resolve, ms));

function setUp(options: Parameters<typeof watchPage>[2] = {}) {
  loadPage('<!doctype html><html><head></head><body><article><p id="first">Vantown opened its harbour on Monday.</p></article></body></html>');
  const onChange = vi.fn();
  const watch = watchPage(document, onChange, { quietMs: 20, maxWaitMs: 200, ...options });
  watch.start();
  return { watch, onChange, article: document.querySelector('article')! };
}

afterEach(() => loadPage('<!doctype html><html><head></head><body></body></html>'));

describe('page watch', () => {
  it('reports paragraphs the page adds, several in a row as one batch', async () => {
    const { onChange, article } = setUp();
    for (let i = 0; i < 3; i++) {
      const p = document.createElement('p');
      p.textContent = `Lazy paragraph ${i} about the harbour.`;
      article.append(p);
    }
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('reports text the page edits in place', async () => {
    const { onChange } = setUp();
    (document.getElementById('first')!.firstChild as Text).data = 'Vantown closed its harbour on Tuesday.';
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('ignores our own writes made through guard, and changes that carry no text', async () => {
    const { watch, onChange, article } = setUp();
    watch.guard(() => {
      const text = document.getElementById('first')!.firstChild as Text;
      const mark = document.createElement('newslens-mark');
      text.splitText(7);
      text.before(mark);
      mark.append(text);
    });
    article.append(document.createElement('hr'));
    await settle();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('ignores the page deleting our marks or our card', async () => {
    const { watch, onChange, article } = setUp();
    const mark = watch.guard(() => {
      const el = document.createElement('newslens-mark');
      el.textContent = 'Harbour';
      article.append(el);
      return el;
    });
    mark.remove();
    const card = document.createElement('newslens-card');
    article.append(card);
    card.remove();
    await settle();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('stops after a few reports in a row from a page that answers every redraw with a change, until started afresh', async () => {
    const { watch, onChange, article } = setUp({ maxReports: 3 });
    onChange.mockImplementation(() => {
      watch.start(false);
      const p = document.createElement('p');
      p.textContent = 'The page re-rendered again.';
      article.append(p);
    });
    article.append(Object.assign(document.createElement('p'), { textContent: 'First change.' }));
    await settle(300);
    expect(onChange).toHaveBeenCalledTimes(3);
    onChange.mockReset();
    watch.start();
    article.append(Object.assign(document.createElement('p'), { textContent: 'A change after the reader asked again.' }));
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('reports nothing once stopped', async () => {
    const { watch, onChange, article } = setUp();
    watch.stop();
    article.append(Object.assign(document.createElement('p'), { textContent: 'Unwatched.' }));
    await settle();
    expect(onChange).not.toHaveBeenCalled();
  });
});
