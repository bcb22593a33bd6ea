import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createObjectJournal } from '../../local/object-journal';

const dirs: string[] = [];
const freshDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsdrop-journal-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('object journal', () => {
  it('keeps the newest body of each key, forgets deleted keys, and reads back after a reopen', () => {
    const dir = freshDir();
    const journal = createObjectJournal(dir);
    journal.put({ bucket: 'b', key: 'incoming/a.txt', body: Buffer.from('first'), contentType: 'text/plain' });
    journal.put({ bucket: 'b', key: 'incoming/a.txt', body: Buffer.from('second 😀'), contentType: 'text/plain' });
    journal.put({ bucket: 'b', key: `incoming/${'long/'.repeat(100)}ключ.md`, body: Buffer.from('deep') });
    journal.put({ bucket: 'b', key: 'incoming/gone.txt', body: Buffer.from('x') });
    journal.delete('b', 'incoming/gone.txt');

    const loaded = createObjectJournal(dir)
      .load()
      .map((o) => [o.key, o.body.toString(), o.contentType])
      .sort();
    expect(loaded).toEqual(
      [
        ['incoming/a.txt', 'second 😀', 'text/plain'],
        [`incoming/${'long/'.repeat(100)}ключ.md`, 'deep', undefined],
      ].sort(),
    );
  });

  it('ignores a write cut short by a crash (metadata never committed)', () => {
    const dir = freshDir();
    const journal = createObjectJournal(dir);
    journal.put({ bucket: 'b', key: 'incoming/ok.txt', body: Buffer.from('ok') });
    writeFileSync(join(dir, 'objects', 'deadbeef.tmp'), '{"bucket":"b","key":"incoming/half.txt"');
    writeFileSync(join(dir, 'objects', 'deadbeef.1.2.body'), 'half');
    expect(journal.load().map((o) => o.key)).toEqual(['incoming/ok.txt']);
  });
});
