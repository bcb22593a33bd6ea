/**
 * The classifier's tables: the compiled taxonomy and the term matcher built from it.
 *
 * Imported as `#classifier-tables` (package.json "imports"): locally (tsx, tests) that is this
 * module, which compiles the taxonomy at import. A Lambda bundle aliases the specifier to a
 * module lib/bundling.ts generates at bundling time (`prebuiltTablesSource`), holding the same
 * tables as data: loading them is a JSON parse and a few typed-array copies instead of
 * validating the taxonomy and building the pattern table at cold start. Generated from the
 * taxonomy on every build, it cannot go stale.
 */
import { compileTaxonomy, TAXONOMY, type CompiledTaxonomy } from '../../taxonomy';
import { INSTITUTION_MARKERS } from './context';
import { TermMatcher, type TermMatcherData } from './term-matcher';

export interface ClassifierTables {
  compiled: CompiledTaxonomy;
  matcher: TermMatcher;
}

/** The tables as plain data (JSON-safe). */
export interface ClassifierTablesData {
  compiled: CompiledTaxonomy;
  matcher: TermMatcherData;
}

/** Compiles the taxonomy and builds the matcher: what runs at import without a prebuilt module. */
export function buildClassifierTables(): ClassifierTables {
  const compiled = compileTaxonomy(TAXONOMY);
  return { compiled, matcher: new TermMatcher(compiled.terms, INSTITUTION_MARKERS) };
}

export function classifierTablesData(tables: ClassifierTables = buildClassifierTables()): ClassifierTablesData {
  return { compiled: tables.compiled, matcher: tables.matcher.toData() };
}

/**
 * Source of the module a bundle uses instead of this one: the data as one JSON string literal
 * (JSON.parse of a string loads faster than the same object literal) and the matcher built from
 * it. `termMatcherModule` is the import path of term-matcher.ts as the bundler should resolve it.
 */
export function prebuiltTablesSource(termMatcherModule: string, data: ClassifierTablesData = classifierTablesData()): string {
  return [
    '// Generated at bundling time by lib/bundling.ts from the taxonomy (classify/tables.ts); do not edit.',
    `import { TermMatcher } from ${JSON.stringify(termMatcherModule)};`,
    `const data = JSON.parse(${JSON.stringify(JSON.stringify(data))});`,
    'export const CLASSIFIER_TABLES = { compiled: data.compiled, matcher: TermMatcher.fromData(data.compiled.terms, data.matcher) };',
    '',
  ].join('\n');
}

export const CLASSIFIER_TABLES: ClassifierTables = buildClassifierTables();
