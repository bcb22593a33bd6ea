/**
 * The read client carries the record contract (lambdas/core/records) and
 * nothing of the pipeline's core: no parser, classifier, enrichment code or
 * gazetteer ends up in a bundle of client/.
 */
import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';

describe('read client bundle', () => {
  it('imports the record contract without the parser, classifier, enrichment code or gazetteers', async () => {
    const result = await build({
      entryPoints: ['client/index.ts'],
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      format: 'esm',
      external: ['@aws-sdk/*'],
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain('lambdas/core/records/keys.ts');
    const forbidden = inputs.filter(
      (path) =>
        /^lambdas\/core\/(parse|classify|decode|language|analyze)/.test(path) ||
        /^lambdas\/gazetteer\//.test(path) ||
        (/^lambdas\/core\/enrich\//.test(path) && path !== 'lambdas/core/enrich/types.ts'),
    );
    expect(forbidden).toEqual([]);
  });
});
