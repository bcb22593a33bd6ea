/**
 * Output helpers shared by commands: aligned plain-text tables for people and
 * JSON lines for machines. Generic on purpose: a command describes its
 * columns, this module only lays them out.
 */

export interface Column<Row> {
  header: string;
  value: (row: Row) => string | number | undefined;
  /** Longer cells are cut with an ellipsis. */
  maxWidth?: number;
  /** Numbers read best right-aligned. */
  align?: 'left' | 'right';
}

export function truncate(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text : chars.slice(0, Math.max(0, width - 1)).join('') + '…';
}

/** Visible width in monospace terminals: wide (CJK, Hangul) characters take two columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
  );
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

/** Renders rows under a header line; the last column is not padded (no trailing blanks). */
export function renderTable<Row>(columns: Column<Row>[], rows: Row[]): string {
  const cells = rows.map((row) =>
    columns.map((column) => {
      const raw = column.value(row);
      const text = raw === undefined ? '' : String(raw).replace(/\s+/g, ' ');
      return column.maxWidth === undefined ? text : truncate(text, column.maxWidth);
    }),
  );
  const widths = columns.map((column, i) => Math.max(displayWidth(column.header), ...cells.map((line) => displayWidth(line[i]!))));
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
