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
import { compileTaxonomy, TAXONOMY } from '../../taxonomy';
import { INSTITUTION_MARKERS } from './context';
import { classifierTablesOf, classifierTablesToData, type ClassifierTables, type ClassifierTablesData } from './tables-data';
import { TermMatcher } from './term-matcher';

export type { ClassifierTables, ClassifierTablesData } from './tables-data';

/** Compiles the taxonomy and builds the matcher: what runs at import without a prebuilt module. */
export function buildClassifierTables(): ClassifierTables {
  const compiled = compileTaxonomy(TAXONOMY);
  return classifierTablesOf(compiled, new TermMatcher(compiled.terms, INSTITUTION_MARKERS));
}

/** The tables as plain data (JSON-safe): what a bundle embeds. */
export function classifierTablesData(tables: ClassifierTables = buildClassifierTables()): ClassifierTablesData {
  return classifierTablesToData(tables);
}

/** `data` as a JS string literal holding its JSON: single quotes, which the JSON rarely holds. */
function jsonStringLiteral(data: unknown): string {
  return `'${JSON.stringify(data).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/**
 * Source of the module a bundle uses instead of this one: the data as one JSON string literal
 * (JSON.parse of a string loads faster than the same object literal) and the tables built from
 * it. `tablesDataModule` is the path of tables-data.ts as the bundler should resolve it.
 */
export function prebuiltTablesSource(tablesDataModule: string, data: ClassifierTablesData = classifierTablesData()): string {
  return [
    '// Generated at bundling time by lib/bundling.ts from the taxonomy (classify/tables.ts); do not edit.',
    `import { classifierTablesFrom } from ${JSON.stringify(tablesDataModule)};`,
    `export const CLASSIFIER_TABLES = classifierTablesFrom(JSON.parse(${jsonStringLiteral(data)}));`,
    '',
  ].join('\n');
}

export const CLASSIFIER_TABLES: ClassifierTables = buildClassifierTables();
