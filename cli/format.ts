/**
 * Output helpers shared by commands: aligned plain-text tables for people and
 * JSON lines for machines. Generic on purpose: a command describes its
 * columns, this module only lays them out.
 */
import stringWidth from 'string-width';

export interface Column<Row> {
  header: string;
  value: (row: Row) => string | number | undefined;
  /** Longer cells are cut with an ellipsis. */
  maxWidth?: number;
  /** Which end a long cell loses: paths keep their file name by losing the start. */
  cut?: 'end' | 'start';
  /** Numbers read best right-aligned. */
  align?: 'left' | 'right';
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Cuts text to at most `width` terminal columns (wide characters count two), ending in an ellipsis. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const w = displayWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return out + '…';
}

/** Like truncate, but keeps the end: "…/articles/briefing.md". */
export function truncateStart(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  const kept: string[] = [];
  let used = 0;
  for (const { segment } of [...graphemes.segment(text)].reverse()) {
    const w = displayWidth(segment);
    if (used + w > width - 1) break;
    kept.unshift(segment);
    used += w;
  }
  return '…' + kept.join('');
}

/**
 * Visible width in monospace terminals: wide characters (Hangul, CJK, most emoji) take two
 * columns, combining marks none. string-width follows Unicode's East Asian Width data.
 */
export function displayWidth(text: string): number {
  return stringWidth(text);
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

export interface TableOptions {
  /** Total line width to fit: the last column is cut to what the others leave (never below 20). */
  width?: number;
}

/** Renders rows under a header line; the last column is not padded (no trailing blanks). */
export function renderTable<Row>(columns: Column<Row>[], rows: Row[], options: TableOptions = {}): string {
  const cells = rows.map((row) =>
    columns.map((column) => {
      const raw = column.value(row);
      const text = raw === undefined ? '' : String(raw).replace(/\s+/g, ' ');
      if (column.maxWidth === undefined) return text;
      return column.cut === 'start' ? truncateStart(text, column.maxWidth) : truncate(text, column.maxWidth);
    }),
  );
  const widths = columns.map((column, i) => Math.max(displayWidth(column.header), ...cells.map((line) => displayWidth(line[i]!))));
  if (options.width !== undefined && columns.length > 0) {
    const last = columns.length - 1;
    const others = widths.slice(0, last).reduce((sum, w) => sum + w + 2, 0);
    const room = Math.max(20, options.width - others);
    for (const line of cells) line[last] = truncate(line[last]!, room);
  }
  const line = (values: string[]) =>
    values
      .map((value, i) => (i === values.length - 1 && columns[i]!.align !== 'right' ? value : pad(value, widths[i]!, columns[i]!.align ?? 'left')))
      .join('  ')
      .trimEnd();
  return [line(columns.map((column) => column.header)), ...cells.map(line)].join('\n') + '\n';
}

/** One JSON object per line: easy to stream into `jq` or another program. */
export function jsonLines(objects: Iterable<unknown>): string {
  let out = '';
  for (const object of objects) out += JSON.stringify(object) + '\n';
  return out;
}

/**
 * Width for tables on stdout: the terminal's when it is one, else a width that keeps piped and
 * logged lines readable.
 */
export function outputWidth(stream: NodeJS.WriteStream = process.stdout): number {
  return stream.isTTY && stream.columns ? stream.columns : 160;
}

/** Every date in listings reads YYYY-MM-DD (UTC): stated dates and timestamps alike. */
export function formatDay(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : new Date(time).toISOString().slice(0, 10);
}

/** Every timestamp reads YYYY-MM-DD HH:MM:SS (UTC). */
export function formatTimestamp(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : new Date(time).toISOString().slice(0, 19).replace('T', ' ');
}
