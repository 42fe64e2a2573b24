import { TIME_ZONE } from './instant';

/**
 * One clock and one format for every time a screen shows (issue 11, item 14): Swedish time (Europe/Stockholm),
 * whatever the browser's zone, as `2024-08-31` and `2024-08-31 14:05`, in Swedish and English alike. A minute
 * shown here, typed into "Visa per", finds the state at the end of that minute (`endOfSwedishMinute`), so it
 * includes every change the history lists with that minute.
 */

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;

interface Parts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
}

const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The Swedish clock's year, month, day, hour, minute and second of an instant; undefined if it is no instant. */
function swedishParts(at: string | Date): Parts | undefined {
  const date = typeof at === 'string' ? new Date(at) : at;
  if (Number.isNaN(date.getTime())) return undefined;
  const parts = Object.fromEntries(partsFormat.formatToParts(date).map((p) => [p.type, p.value]));
  return {
    year: parts.year ?? '',
    month: parts.month ?? '',
    day: parts.day ?? '',
    hour: parts.hour === '24' ? '00' : (parts.hour ?? ''),
    minute: parts.minute ?? '',
    second: parts.second ?? '',
  };
}

/** A day: an instant's Swedish calendar day, or a calendar day (`YYYY-MM-DD`, from a date field) as it is. */
export function formatSwedishDate(at: string | Date): string {
  if (typeof at === 'string' && DAY.test(at)) return at;
  const p = swedishParts(at);
  return p ? `${p.year}-${p.month}-${p.day}` : String(at);
}

/** A month (`YYYY-MM`) as it is; an instant as its Swedish month. */
export function formatSwedishMonth(at: string | Date): string {
  if (typeof at === 'string' && MONTH.test(at)) return at;
  return formatSwedishDate(at).slice(0, 7);
}

/** An instant on the Swedish clock to the minute, `HH:MM` (or `HH:MM:SS` with `seconds`). */
export function formatSwedishTime(at: string | Date, options: { seconds?: boolean } = {}): string {
  const p = swedishParts(at);
  if (!p) return String(at);
  return options.seconds ? `${p.hour}:${p.minute}:${p.second}` : `${p.hour}:${p.minute}`;
}

/** An instant as `2024-08-31 14:05` on the Swedish clock (`2024-08-31 14:05:30` with `seconds`). */
export function formatSwedishDateTime(at: string | Date, options: { seconds?: boolean } = {}): string {
  const p = swedishParts(at);
  if (!p) return String(at);
  return `${p.year}-${p.month}-${p.day} ${formatSwedishTime(at, options)}`;
}
