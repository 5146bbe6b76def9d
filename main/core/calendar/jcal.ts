import ICAL from 'ical.js';

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
  const [name, params, type, ...values] = value as unknown[];
  if (typeof name !== 'string' || typeof type !== 'string') return null;
  if (typeof params !== 'object' || params === null || Array.isArray(params)) return null;
  return { name, params: params as Record<string, unknown>, type, values };
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

/** Parses one BEGIN...END component text with ical.js. Throws ical.js's error on bad input. */
export function parseComponent(text: string): JcalComponent | null {
  const parsed: unknown = ICAL.parse(text);
  return toComponent(parsed);
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

const TIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(Z)?)?$/;

export function readJcalTime(value: unknown): JcalTime | null {
  if (typeof value !== 'string') return null;
  const m = TIME_PATTERN.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) return null;
  if (m[4] === undefined) return { wall: Date.UTC(year, month - 1, day), isDate: true, utc: false };
  const [hour, minute] = [Number(m[4]), Number(m[5])];
  // A leap second (:60) is read as the last second of the minute.
  const second = Math.min(59, Number(m[6]));
  if (hour > 23 || minute > 59) return null;
  return {
    wall: Date.UTC(year, month - 1, day, hour, minute, second),
    isDate: false,
    utc: m[7] === 'Z',
  };
}

/** "+01:00" -> 3,600,000. */
export function readUtcOffset(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const m = /^([+-])(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!m) return null;
  const ms = (Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0)) * 1000;
  return m[1] === '-' ? -ms : ms;
}
