/** cli/article-files.ts: the one folder-walk rule of classify, ingest, dev --watch and npm start. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTICLE_EXTENSIONS, collectArticleFiles, describeSkipped, isArticleFileName } from '../../cli/article-files';
import { chooseMediaType } from '../../lambdas/core/parse';

const dir = mkdtempSync(join(tmpdir(), 'newsdrop-walk-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function tree(files: string[]): void {
  for (const file of files) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), 'Title\n\nBody text.');
  }
}

describe('the folder-walk rule', () => {
  tree(['b.txt', 'a.md', 'LICENSE', '.hidden.txt', 'notes.pdf', 'Page.HTML', 'sub/c.json', '.git/d.txt', 'sub/.DS_Store']);

  it('walks folders in name order, taking article extensions only and skipping dotfiles and dot-folders', async () => {
    const found = await collectArticleFiles([dir]);
    expect(found.files.map((f) => f.slice(dir.length + 1))).toEqual(['Page.HTML', 'a.md', 'b.txt', 'sub/c.json']);
    expect(found.skipped.map((f) => f.slice(dir.length + 1)).sort()).toEqual(['.git', '.hidden.txt', 'LICENSE', 'notes.pdf', 'sub/.DS_Store']);
    expect(found.missing).toEqual([]);
  });

  it('always takes files named directly, and reports missing paths (in place with keepMissing)', async () => {
    const named = [join(dir, 'LICENSE'), join(dir, 'nope.txt'), join(dir, '.hidden.txt')];
    const found = await collectArticleFiles(named, { keepMissing: true });
    expect(found.files).toEqual(named);
    expect(found.missing).toEqual([join(dir, 'nope.txt')]);
    expect((await collectArticleFiles(named)).files).toEqual([named[0], named[2]]);
  });

  it('says what it skipped, briefly', () => {
    expect(describeSkipped([])).toBeUndefined();
    expect(describeSkipped(['x/LICENSE', 'x/.DS_Store'])).toBe(
      'skipped 2 file(s) in folders (dotfiles or not .txt/.md/.html/.json): LICENSE, .DS_Store',
    );
  });

  it('takes exactly the extensions the parser reads', () => {
    for (const extension of ARTICLE_EXTENSIONS) {
      expect(isArticleFileName(`story${extension}`)).toBe(true);
      expect(() => chooseMediaType('Title\n\nBody.', { fileName: `story${extension}` })).not.toThrow();
    }
    expect(() => chooseMediaType('%PDF-1.7', { fileName: 'story.pdf' })).toThrow();
    expect(isArticleFileName('LICENSE')).toBe(false);
  });
});
