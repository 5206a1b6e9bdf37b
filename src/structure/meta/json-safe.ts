// Parses untrusted JSON (JSON-LD, parsely-page) into plain data with bounded size and no prototype keys.
import { decodeEntities } from './entities';

/** Plain JSON data after sanitising: objects never carry __proto__, constructor or prototype keys. */
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

const MAX_SOURCE_LENGTH = 4_000_000;
const MAX_DEPTH = 32;
const MAX_ARRAY_ITEMS = 300;
const MAX_KEYS = 300;
const MAX_STRING_LENGTH = 20_000;
const MAX_NODES = 20_000;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Parses JSON text, repairing the usual publisher mistakes once; null when it cannot be read. */
export function parseJsonSafely(source: string): JsonValue {
  if (source.length > MAX_SOURCE_LENGTH) return null;
  const raw = tryParse(source) ?? tryParse(repairJson(source));
  if (raw === undefined) return null;
  return sanitize(raw, 0, { nodes: 0 });
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

// Raw control characters (line breaks inside strings) are invalid JSON, so the repair replaces them.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const CONTROL_CHARACTERS = /[\u0000-\u001F]+/g;

// Pages wrap JSON-LD in HTML comments or CDATA, leave trailing commas and raw line breaks in strings.
function repairJson(text: string): string {
  return text
    .replace(/^\s*(?:<!--|\/\*\s*<!\[CDATA\[\s*\*\/|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\*\s*\]\]>\s*\*\/|\]\]>)\s*$/, '')
    .replace(CONTROL_CHARACTERS, ' ')
    .replace(/,\s*([}\]])/g, '$1')
    .trim();
}

// Copies the parsed value into fresh objects, dropping what is too deep, too long or dangerous.
function sanitize(value: unknown, depth: number, budget: { nodes: number }): JsonValue {
  budget.nodes += 1;
  if (budget.nodes > MAX_NODES) return null;
  if (typeof value === 'string') return decodeEntities(value.length > MAX_STRING_LENGTH ? value.slice(0, MAX_STRING_LENGTH) : value);
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean' || value === null) return value;
  if (typeof value !== 'object' || depth >= MAX_DEPTH) return null;
  if (Array.isArray(value)) {
    const items: JsonValue[] = [];
    for (const item of value.slice(0, MAX_ARRAY_ITEMS)) items.push(sanitize(item, depth + 1, budget));
    return items;
  }
  const copy: JsonObject = {};
  let keys = 0;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) continue;
    if (++keys > MAX_KEYS) break;
    copy[key] = sanitize((value as Record<string, unknown>)[key], depth + 1, budget);
  }
  return copy;
}

/** True for a JSON object (not an array, not null). */
export function isJsonObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value as a list: arrays as they are, a single value as one item, null/undefined as none. */
export function asList(value: JsonValue | undefined): JsonValue[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The first non-empty string among the value's items (strings, numbers, or objects with @value/name). */
export function firstString(value: JsonValue | undefined): string | null {
  for (const item of asList(value)) {
    if (typeof item === 'string' && item.trim() !== '') return item;
    if (typeof item === 'number') return String(item);
    if (isJsonObject(item)) {
      const inner = item['@value'] ?? item.name;
      if (typeof inner === 'string' && inner.trim() !== '') return inner;
    }
  }
  return null;
}
