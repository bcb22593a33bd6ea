import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClassifierTables, classifierTablesData, prebuiltTablesSource } from '../../../lambdas/core/classify/tables';
import { classifierTablesFrom } from '../../../lambdas/core/classify/tables-data';
import { compileTaxonomy, TAXONOMY } from '../../../lambdas/taxonomy';
import { classifierTablesSpecifier, credentialAliases, esbuildOptionsFor, prebuiltTablesAliases, writePrebuiltTables } from '../../../lib/bundling';
import { makeArticle } from './make-article';
import { TOPIC_FIXTURES } from './topic-fixtures';

// Texts of our own that exercise each kind of pattern: whole words, stems, Korean substrings,
// gapped phrases with stems (сельск* хозяйств*), institution markers, scripts mixed in one text.
const OWN_TEXTS = [
  'Uzbekistan and Korea signed agreements on semiconductors, rare earth elements and a new battery plant in Tashkent.\n\nThe Ministry of Energy said the 500 MW solar power station will be commissioned next year.',
  'Стороны обсудили развитие сельского хозяйства и сельскохозяйственной техники, а также строительство солнечной электростанции мощностью 200 МВт.\n\nМинистерство здравоохранения и Ташкентский медицинский университет подписали меморандум.',
  "Qishloq xo'jaligi va paxtachilik sohasida hamkorlik kengaymoqda. Navoiyuran kon-metallurgiya kombinati uran qazib olishni oshirdi.",
  'Қишлоқ хўжалиги ва электр энергияси соҳасида ҳамкорлик. Олмалиқ кон-металлургия комбинати мис ишлаб чиқаришни оширди.',
  '한국과 우즈베키스탄은 반도체와 핵심광물, 재생에너지 분야 협력을 확대하기로 했다. Samsung Electronics와 LG전자가 참여한다.',
  'Football: the national team won 3-1. Weather: rain in Seoul. Menu | Energy | Agriculture | Health',
];

const articles = [
  ...OWN_TEXTS.map((body, i) => makeArticle(body, { title: i === 0 ? 'Korea and Uzbekistan sign chip and battery deals' : '' })),
  ...Object.values(TOPIC_FIXTURES).flatMap((byLanguage) => Object.values(byLanguage).map((body) => makeArticle(body))),
];

describe('prebuilt classifier tables', () => {
  it('round-trip through JSON to the same compiled taxonomy and matcher scans', () => {
    const runtime = buildClassifierTables();
    const prebuilt = classifierTablesFrom(JSON.parse(JSON.stringify(classifierTablesData(runtime))));
    const { matcher: runtimeMatcher, ...runtimeColumns } = runtime;
    const { matcher: prebuiltMatcher, ...prebuiltColumns } = prebuilt;
    expect(prebuiltColumns).toEqual(runtimeColumns);
    expect(prebuiltMatcher.toData()).toEqual(runtimeMatcher.toData());
    const compiled = compileTaxonomy(TAXONOMY);
    expect(Array.from(prebuilt.termTopic)).toEqual(compiled.terms.map((t) => t.topicIndex));
    expect(Array.from(prebuilt.termWeight)).toEqual(compiled.terms.map((t) => t.weight));
    expect(Array.from(prebuilt.termWeak)).toEqual(compiled.terms.map((t) => (t.tier === 'weak' ? 1 : 0)));
    expect(prebuilt.matcher.termCount).toBe(runtime.matcher.termCount);
    for (const { body } of articles) expect(prebuilt.matcher.scan(body)).toEqual(runtime.matcher.scan(body));
  });

  it('the bundle alias points at a module generated from the current taxonomy (regenerated on every load of lib/bundling.ts)', () => {
    const file = prebuiltTablesAliases[classifierTablesSpecifier]!;
    const tablesData = fileURLToPath(new URL('../../../lambdas/core/classify/tables-data.ts', import.meta.url));
    expect(readFileSync(file, 'utf8')).toBe(prebuiltTablesSource(tablesData));
    expect(writePrebuiltTables()).toBe(file);
    expect(readFileSync(file, 'utf8')).toContain(`"version":"${TAXONOMY.version}"`);
  });

  describe('a bundle classifies byte-identically with prebuilt and runtime-built tables', () => {
    let dir: string;
    const outputs: Record<'prebuilt' | 'runtime', string> = { prebuilt: '', runtime: '' };

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'newsdrop-tables-'));
      const probe = fileURLToPath(new URL('fixtures/classify-probe.ts', import.meta.url));
      const input = JSON.stringify(articles);
      for (const kind of ['prebuilt', 'runtime'] as const) {
        const outfile = join(dir, `${kind}.cjs`);
        const options = esbuildOptionsFor(probe, outfile);
        await build({ ...options, alias: kind === 'prebuilt' ? options.alias : credentialAliases, logLevel: 'silent' });
        const run = spawnSync(process.execPath, [outfile], { input, encoding: 'utf8', maxBuffer: 64 << 20 });
        expect(run.stderr).toBe('');
        outputs[kind] = run.stdout;
      }
      const prebuiltBundle = readFileSync(join(dir, 'prebuilt.cjs'), 'utf8');
      // The taxonomy source and its validation are left out of the prebuilt bundle.
      expect(prebuiltBundle).not.toContain('tierWeights');
      expect(readFileSync(join(dir, 'runtime.cjs'), 'utf8')).toContain('tierWeights');
    }, 60_000);

    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('same output, and it labels topics', () => {
      expect(outputs.prebuilt.length).toBeGreaterThan(1000);
      expect(outputs.prebuilt).toBe(outputs.runtime);
      const { results } = JSON.parse(outputs.prebuilt) as { results: { topics: unknown[] }[] };
      expect(results.filter((r) => r.topics.length > 0).length).toBeGreaterThan(articles.length / 2);
    });
  });
});
