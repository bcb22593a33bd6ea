/**
 * The dashboard and alarms follow one list (lib/custom-metrics.ts). This test reads the metric
 * names the handlers can emit straight from the source, so a new metric without a widget fails here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { customMetrics } from '../../lib/custom-metrics';

const lambdasDir = fileURLToPath(new URL('../../lambdas/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Names passed to `observer.count('X'` / `.count("X"` and `addMetric('X'` anywhere under lambdas/. */
function emittedNames(): Set<string> {
  const names = new Set<string>();
  for (const file of sourceFiles(lambdasDir)) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/\b(?:count|addMetric)\(\s*['"]([A-Za-z]+)['"]/g)) names.add(match[1]!);
  }
  return names;
}

/** The members of the MetricName union type, wherever it is declared under lambdas/. */
function declaredNames(): Set<string> {
  const names = new Set<string>();
  for (const file of sourceFiles(lambdasDir)) {
    const union = readFileSync(file, 'utf8').match(/export type MetricName\s*=([^;]+);/);
    for (const match of union?.[1]!.matchAll(/'([A-Za-z]+)'/g) ?? []) names.add(match[1]!);
  }
  return names;
}

describe('custom metrics list', () => {
  const listed = new Set(customMetrics.map((spec) => spec.name));

  it('finds the names the handlers emit (the scan itself works)', () => {
    expect(emittedNames()).toContain('ArticlesFailed');
    expect(declaredNames()).toContain('ArticlesParsed');
  });

  it('lists every metric the handlers emit or declare', () => {
    const missing = [...emittedNames(), ...declaredNames()].filter((name) => !listed.has(name));
    expect(missing, 'add these to lib/custom-metrics.ts').toEqual([]);
  });

  it('names each metric once', () => {
    expect(listed.size).toBe(customMetrics.length);
  });
});
