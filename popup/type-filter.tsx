// A row of toggle buttons that narrows a list to some of its kinds; each shows how many items it holds.
import { swatchStyle } from './entity-colours';
import type { EntityType } from '../src/settings';

export interface FilterOption<K extends string> {
  value: K;
  label: string;
  count: number;
  /** Entity types carry their legend colour; fact kinds have none. */
  swatch?: EntityType;
}

interface TypeFilterProps<K extends string> {
  label: string;
  options: FilterOption<K>[];
  hidden: ReadonlySet<K>;
  onToggle: (value: K) => void;
}

export function TypeFilter<K extends string>({ label, options, hidden, onToggle }: TypeFilterProps<K>) {
  if (options.length < 2) return null;
  return (
    <div class="filters" role="group" aria-label={label}>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          class="filter"
          data-value={option.value}
          aria-pressed={!hidden.has(option.value)}
          onClick={() => onToggle(option.value)}
        >
          {option.swatch && <span class="swatch" style={swatchStyle(option.swatch)} aria-hidden="true" />}
          {option.label} <span class="count">{option.count}</span>
        </button>
      ))}
    </div>
  );
}

/** The set with `value` added or removed. */
export function toggled<K>(set: ReadonlySet<K>, value: K): Set<K> {
  const next = new Set(set);
  if (!next.delete(value)) next.add(value);
  return next;
}
