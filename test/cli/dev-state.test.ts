/** The dev state file belongs to one clone, so clones never find each other's `newsdrop dev`. */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { devStatePath } from '../../local/dev-state';
import { repoRoot } from '../support/cli';

describe('dev state path', () => {
  it("lives in this clone's git-ignored .newsdrop folder, not in the shared temp folder", () => {
    expect(devStatePath({})).toBe(join(repoRoot, '.newsdrop', 'dev.json'));
    expect(devStatePath({})).not.toBe(join(tmpdir(), 'newsdrop', 'dev.json'));
    expect(devStatePath({}, '/work/a')).not.toBe(devStatePath({}, '/work/b'));
  });

  it('can be pointed elsewhere (tests)', () => {
    expect(devStatePath({ NEWSDROP_DEV_STATE: '/x/dev.json' })).toBe('/x/dev.json');
  });
});
