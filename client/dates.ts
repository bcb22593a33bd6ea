/**
 * Date-range bounds on the dated index sort keys (`<date>#<articleId>`).
 * Stored dates are ISO 8601 (a bare date when the article states no time), so
 * string order is time order and a range is a `between` on the sort key.
 */
import { ReadClientError } from './errors';

/** Sorts after every character an ISO date-time or the `#` separator uses. */
const END_OF_PREFIX = '~';

const BARE_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

export interface SortKeyRange {
  lower?: string;
  upper?: string;
}

/** Normalizes a bound: bare dates stay as they are, date-times become UTC `toISOString()`. */
function normalize(value: string, name: string): { text: string; bare: boolean } {
  const bare = BARE_DATE.exec(value);
  if (bare) {
    const [year, month, day] = [Number(bare[1]), Number(bare[2]), Number(bare[3])];
    const parsed = new Date(Date.UTC(year, month - 1, day));
    if (parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day) {
      return { text: value, bare: true };
    }
  } else if (DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))) {
    return { text: new Date(value).toISOString(), bare: false };
  }
  throw new ReadClientError(
    `bad date "${value}" for ${name}: expected YYYY-MM-DD or an ISO 8601 date-time such as 2024-06-14T09:30:00Z`,
  );
}

/**
 * `since` is inclusive from its first instant; `until` is inclusive to its end
 * (a bare date covers the whole day, a date-time includes items at that instant).
 */
export function sortKeyRange(since: string | undefined, until: string | undefined): SortKeyRange {
  const lower = since === undefined ? undefined : normalize(since, 'since').text;
  const upper = until === undefined ? undefined : normalize(until, 'until').text + END_OF_PREFIX;
  if (lower !== undefined && upper !== undefined && lower > upper) {
    throw new ReadClientError(`since (${since}) is after until (${until})`);
  }
  return { lower, upper };
}
