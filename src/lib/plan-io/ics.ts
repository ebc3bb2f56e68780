// A small RFC 5545 (iCalendar) writer for all-day session events. No dependency: the plan page's JS budget is tight.
// Tests parse the output back with ical.js.

export interface CalendarEvent {
  /** Stable id, unique within the calendar (e.g. "2026-12-01-loaded-1"). */
  uid: string;
  /** All-day event date, 'YYYY-MM-DD'. */
  date: string;
  summary: string;
  description: string;
  url?: string;
  /** Length in minutes: with a start time the event lasts this long; without one it is an all-day event. */
  minutes?: number;
}

export interface CalendarOptions {
  /** Calendar name shown by calendar apps. */
  name: string;
  /** Creation time, UTC 'YYYYMMDDTHHMMSSZ'. Passed in so output is deterministic. */
  stamp: string;
  /** Domain part of each UID: the site's own host. */
  domain: string;
  /** Local start time 'HH:MM' for events that have a length (floating time: the runner's own clock). */
  time?: string;
}

/** Escape TEXT values (RFC 5545 3.3.11): backslash, semicolon, comma, newline. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Fold content lines longer than 75 octets (RFC 5545 3.1), never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with one space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDate = (iso: string) => iso.replace(/-/g, '');

function nextDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** SEQUENCE (RFC 5545 3.8.7.4) from the stamp: minutes since 2000, so each later export of the same UID counts as a
 * newer revision and calendar apps that check it replace the old event instead of keeping it. */
export function sequenceOf(stamp: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})/.exec(stamp);
  if (!m) return 0;
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  return Math.max(0, Math.floor((Date.UTC(y, mo - 1, d, h, mi) - Date.UTC(2000, 0, 1)) / 60_000));
}

/** A timed event (floating local time plus DURATION) when it has a length and a start time, else all day. */
function when(e: CalendarEvent, time: string | undefined): string[] {
  if (e.minutes && time && /^\d{2}:\d{2}$/.test(time)) {
    return [`DTSTART:${compactDate(e.date)}T${time.replace(':', '')}00`, `DURATION:PT${e.minutes}M`];
  }
  return [`DTSTART;VALUE=DATE:${compactDate(e.date)}`, `DTEND;VALUE=DATE:${compactDate(nextDay(e.date))}`];
}

export function toIcs(events: CalendarEvent[], options: CalendarOptions): string {
  const sequence = sequenceOf(options.stamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Pushoff//Calf plan//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
  ];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}@${options.domain}`,
      `DTSTAMP:${options.stamp}`,
      `SEQUENCE:${sequence}`,
      ...when(e, options.time),
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
    );
    if (e.url) lines.push(`URL:${e.url}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
