// An ARIA tablist: one tab in the Tab order, arrow keys, Home and End move between tabs and show their panel.
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface TabSpec<Id extends string> {
  id: Id;
  label: string;
  count: number;
}

interface TabsProps<Id extends string> {
  tabs: TabSpec<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
  label: string;
  /** The selected tab's content; the other panels stay in the document, hidden and empty. */
  renderPanel: (id: Id) => ComponentChildren;
}

/** Automatic activation (the panel follows focus): the panels are small and already rendered from memory. */
export function Tabs<Id extends string>({ tabs, selected, onSelect, label, renderPanel }: TabsProps<Id>) {
  const list = useRef<HTMLDivElement>(null);

  function onKeyDown(event: KeyboardEvent) {
    // From the focused tab, not the rendered selection: keys can arrive faster than renders.
    const focused = (event.target as HTMLElement).closest('[role="tab"]')?.id;
    const index = tabs.findIndex((tab) => `tab-${tab.id}` === focused);
    if (index < 0) return;
    const last = tabs.length - 1;
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const wrapped = next > last ? 0 : next < 0 ? last : next;
    const tab = tabs[wrapped]!;
    onSelect(tab.id);
    list.current?.querySelector<HTMLElement>(`#tab-${tab.id}`)?.focus();
  }

  return (
    <div class="tabs">
      <div class="tablist" role="tablist" aria-label={label} ref={list} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={tab.id === selected}
            aria-controls={`panel-${tab.id}`}
            tabIndex={tab.id === selected ? 0 : -1}
            onClick={() => onSelect(tab.id)}
          >
            {tab.label} <span class="count">{tab.count}</span>
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          class="tabpanel"
          role="tabpanel"
          id={`panel-${tab.id}`}
          aria-labelledby={`tab-${tab.id}`}
          tabIndex={0}
          hidden={tab.id !== selected}
        >
          {tab.id === selected && renderPanel(tab.id)}
        </div>
      ))}
    </div>
  );
}
