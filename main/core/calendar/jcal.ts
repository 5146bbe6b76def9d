import ICAL from 'ical.js';
import type { RawComponent } from './icsPrefilter';

/**
 * ical.js parses each component into jCal (RFC 7265), plain arrays:
 * `[name, properties, subcomponents]`, each property
 * `[name, parameters, type, ...values]`. The calendar reads that structure
 * directly, checking every shape, instead of hydrating ical.js's object
 * wrappers for each property: the wrappers cost most of the reading time of a
 * large feed, and `unknown` checked here keeps `any` out of the code.
 */
export interface JcalProperty {
  name: string;
  params: Record<string, unknown>;
  type: string;
  values: unknown[];
}

export interface JcalComponent {
  name: string;
  properties: JcalProperty[];
  components: JcalComponent[];
}

function toProperty(value: unknown): JcalProperty | null {
  if (!Array.isArray(value) || value.length < 3) return null;
  const name: unknown = value[0];
  const params: unknown = value[1];
  const type: unknown = value[2];
  if (typeof name !== 'string' || typeof type !== 'string') return null;
  if (typeof params !== 'object' || params === null || Array.isArray(params)) return null;
  return {
    name,
    params: params as Record<string, unknown>,
    type,
    values: value.slice(3) as unknown[],
  };
}

/** Checks a jCal component's shape; null when it is not one. */
export function toComponent(value: unknown): JcalComponent | null {
  if (!Array.isArray(value) || value.length < 3) return null;
  const [name, properties, components] = value as unknown[];
  if (typeof name !== 'string' || !Array.isArray(properties) || !Array.isArray(components))
    return null;
  return {
    name,
    properties: properties.map(toProperty).filter((p): p is JcalProperty => p !== null),
    components: components.map(toComponent).filter((c): c is JcalComponent => c !== null),
  };
}

/**
 * Parses a kept component's content lines with ical.js, one line at a time
 * (`ICAL.parse.property`: the RFC 5545 grammar, parameters, escapes and
 * value types). Throws ical.js's error for the first bad line: the caller
 * then skips this component alone.
 */
export function parseRawComponent(
  raw: RawComponent,
  seen?: Map<string, JcalProperty>,
): JcalComponent {
  const properties: JcalProperty[] = [];
  for (const line of raw.lines) {
    // Lines like STATUS:CONFIRMED repeat thousands of times in a feed; a
    // parsed property is never changed, so one parse serves them all.
    const reusable = seen !== undefined && line.length <= 60 && REPEATED.test(line);
    let property = reusable ? seen.get(line) : undefined;
    if (!property) {
      property = toProperty(ICAL.parse.property(line) as unknown) ?? undefined;
      if (property && reusable && seen.size < 1_000) seen.set(line, property);
    }
    if (property) properties.push(property);
  }
  return {
    name: raw.name,
    properties,
    components: raw.components.map((c) => parseRawComponent(c, seen)),
  };
}

const REPEATED =
  /^(?:STATUS|TRANSP|CLASS|SEQUENCE|X-MICROSOFT-CDO-BUSYSTATUS|TZOFFSETFROM|TZOFFSETTO|RRULE):/i;

/** Parses one BEGIN...END text (tests use it to see a rule as the reader does). */
export function parseComponent(text: string): JcalComponent | null {
  return toComponent(ICAL.parse(text) as unknown);
}

export function firstProperty(component: JcalComponent, name: string): JcalProperty | undefined {
  return component.properties.find((p) => p.name === name);
}

export function allProperties(component: JcalComponent, name: string): JcalProperty[] {
  return component.properties.filter((p) => p.name === name);
}

export function param(property: JcalProperty, name: string): string | null {
  const value = property.params[name];
  if (typeof value === 'string') return value;
  return Array.isArray(value) && typeof value[0] === 'string' ? value[0] : null;
}

/** The first value of a text-like property, or null. */
export function textOf(component: JcalComponent, name: string): string | null {
  const value = firstProperty(component, name)?.values[0];
  return typeof value === 'string' ? value : null;
}

export function numberOf(component: JcalComponent, name: string): number | null {
  const value = firstProperty(component, name)?.values[0];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** A DATE or DATE-TIME as jCal writes it ("2026-03-02" or "2026-03-02T09:30:00Z"), checked. */
export interface JcalTime {
  /** Date.UTC of the fields: a wall-clock reading, not an instant (unless `utc`). */
  wall: number;
  isDate: boolean;
  utc: boolean;
}

/** Two or four ASCII digits at `at`, or NaN. */
function digits(s: string, at: number, count: 2 | 4): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return Number.NaN;
    n = n * 10 + c;
  }
  return n;
}

/** Reads jCal's "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SS[Z]" by hand: it is called for every time in a feed. */
export function readJcalTime(value: unknown): JcalTime | null {
  if (typeof value !== 'string') return null;
  const length = value.length;
  if (length !== 10 && length !== 19 && length !== 20) return null;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return null;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  if (!(month >= 1 && month <= 12 && day >= 1)) return null;
  const monthLength =
    month === 2
      ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
        ? 29
        : 28
      : [4, 6, 9, 11].includes(month)
        ? 30
        : 31;
  if (day > monthLength) return null;
  if (length === 10) return { wall: Date.UTC(year, month - 1, day), isDate: true, utc: false };
  if (value.charCodeAt(10) !== 84 || value.charCodeAt(13) !== 58 || value.charCodeAt(16) !== 58)
    return null;
  const utc = length === 20;
  if (utc && value.charCodeAt(19) !== 90) return null;
  const hour = digits(value, 11, 2);
  const minute = digits(value, 14, 2);
  // A leap second (:60) is read as the last second of the minute.
  const second = Math.min(59, digits(value, 17, 2));
  if (!(hour <= 23 && minute <= 59 && second >= 0)) return null;
  return { wall: Date.UTC(year, month - 1, day, hour, minute, second), isDate: false, utc };
}

/** "+01:00" -> 3,600,000. */
export function readUtcOffset(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const m = /^([+-])(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!m) return null;
  const ms = (Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0)) * 1000;
  return m[1] === '-' ? -ms : ms;
}
