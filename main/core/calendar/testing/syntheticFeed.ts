/**
 * A large, realistic feed for the parse benchmark and the size tests: a
 * Google-shaped export with VTIMEZONEs, folded attendee lists, descriptions,
 * alarms, EXDATEs and moved occurrences, and series begun over several years.
 * Deterministic: the same options give the same text.
 */
export interface SyntheticFeedOptions {
  recurringEvents: number;
  /** Pads each event's description so the feed reaches about this many bytes. */
  targetBytes: number;
  /** "Now": series start up to six years before it. */
  now: number;
}

const ZONES = [
  {
    tzid: 'Europe/Berlin',
    block: [
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Berlin',
      'X-LIC-LOCATION:Europe/Berlin',
      'BEGIN:DAYLIGHT',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0200',
      'TZNAME:CEST',
      'DTSTART:19700329T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0100',
      'TZNAME:CET',
      'DTSTART:19701025T030000',
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
      'END:STANDARD',
      'END:VTIMEZONE',
    ],
  },
  {
    tzid: 'America/New_York',
    block: [
      'BEGIN:VTIMEZONE',
      'TZID:America/New_York',
      'X-LIC-LOCATION:America/New_York',
      'BEGIN:DAYLIGHT',
      'TZOFFSETFROM:-0500',
      'TZOFFSETTO:-0400',
      'TZNAME:EDT',
      'DTSTART:19700308T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'TZOFFSETFROM:-0400',
      'TZOFFSETTO:-0500',
      'TZNAME:EST',
      'DTSTART:19701101T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
      'END:STANDARD',
      'END:VTIMEZONE',
    ],
  },
];

const RULES = [
  'FREQ=WEEKLY;BYDAY=MO,WE,FR',
  'FREQ=WEEKLY;BYDAY=TU',
  'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH',
  'FREQ=DAILY',
  'FREQ=MONTHLY;BYDAY=2TU',
  'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
  'FREQ=MONTHLY;BYMONTHDAY=15',
  'FREQ=YEARLY',
];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const stamp = (d: Date) =>
  `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}00`;

/** Folds a content line at 75 octets, as RFC 5545 3.1 and every exporter do. */
export function fold(line: string): string {
  const parts: string[] = [];
  for (let i = 0; i < line.length; i += i === 0 ? 75 : 74)
    parts.push(line.slice(i, i === 0 ? 75 : i + 74));
  return parts.join('\r\n ');
}

export function syntheticFeed(options: SyntheticFeedOptions): string {
  const head = [
    'BEGIN:VCALENDAR',
    'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'X-WR-CALNAME:ann.example@gmail.com',
    'X-WR-TIMEZONE:Europe/Berlin',
    ...ZONES.flatMap((z) => z.block),
  ];
  const events: string[][] = [];
  for (let i = 0; i < options.recurringEvents; i++) {
    const zone = ZONES[i % ZONES.length]?.tzid ?? 'Europe/Berlin';
    const yearsBack = i % 6;
    const start = new Date(options.now - yearsBack * 365 * 86_400_000 - (i % 28) * 86_400_000);
    start.setUTCHours(7 + (i % 9), (i % 4) * 15, 0, 0);
    const end = new Date(start.getTime() + (15 + (i % 4) * 15) * 60_000);
    const rule = RULES[i % RULES.length] ?? 'FREQ=WEEKLY';
    const uid = `${(i * 2654435761) % 4294967296}-series-${i}@google.com`;
    const excluded = new Date(options.now + ((i % 5) + 1) * 86_400_000);
    excluded.setUTCHours(start.getUTCHours(), start.getUTCMinutes(), 0, 0);
    events.push([
      'BEGIN:VEVENT',
      `DTSTART;TZID=${zone}:${stamp(start)}`,
      `DTEND;TZID=${zone}:${stamp(end)}`,
      `RRULE:${rule}${i % 3 === 0 ? `;UNTIL=${stamp(new Date(options.now + 400 * 86_400_000))}Z` : ''}`,
      `EXDATE;TZID=${zone}:${stamp(excluded)}`,
      'DTSTAMP:20260301T120000Z',
      'ORGANIZER;CN=Ann Example:mailto:ann.example@gmail.com',
      `UID:${uid}`,
      ...Array.from({ length: 2 + (i % 3) }, (_, a) =>
        fold(
          `ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=${a === 1 ? 'TENTATIVE' : 'ACCEPTED'};CN=Person ${a} of ${i};X-NUM-GUESTS=0:mailto:${a === 0 ? 'ann.example@gmail.com' : `person${a}.${i}@example.com`}`,
        ),
      ),
      'X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij',
      'CREATED:20200101T101010Z',
      '__DESCRIPTION__',
      'LAST-MODIFIED:20260301T120000Z',
      `LOCATION:Room ${i % 40}`,
      `SEQUENCE:${i % 4}`,
      'STATUS:CONFIRMED',
      `SUMMARY:Recurring meeting ${i}`,
      `TRANSP:${i % 10 === 0 ? 'TRANSPARENT' : 'OPAQUE'}`,
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'DESCRIPTION:This is an event reminder',
      'TRIGGER:-P0DT0H10M0S',
      'END:VALARM',
      'END:VEVENT',
    ]);
    if (i % 7 === 0) {
      const moved = new Date(excluded.getTime() + 86_400_000);
      events.push([
        'BEGIN:VEVENT',
        `DTSTART;TZID=${zone}:${stamp(new Date(moved.getTime() + 3_600_000))}`,
        `DTEND;TZID=${zone}:${stamp(new Date(moved.getTime() + 5_400_000))}`,
        'DTSTAMP:20260301T120000Z',
        `UID:${uid}`,
        `RECURRENCE-ID;TZID=${zone}:${stamp(moved)}`,
        `SUMMARY:Recurring meeting ${i} (moved)`,
        'SEQUENCE:5',
        'STATUS:CONFIRMED',
        'END:VEVENT',
      ]);
    }
  }
  const tail = ['END:VCALENDAR'];
  const withoutDescriptions = [...head, ...events.flat(), ...tail].join('\r\n').length;
  const perEvent = Math.max(
    0,
    Math.floor((options.targetBytes - withoutDescriptions) / events.length) - 16,
  );
  const description = (i: number) =>
    fold(
      `DESCRIPTION:Agenda for meeting ${i}: ${'Review the open items\\, then decide the next steps. '.repeat(Math.ceil(perEvent / 50)).slice(0, perEvent)}`,
    );
  const body = events.flatMap((lines, i) =>
    lines.map((l) => (l === '__DESCRIPTION__' ? description(i) : l)),
  );
  return `${[...head, ...body, ...tail].join('\r\n')}\r\n`;
}
