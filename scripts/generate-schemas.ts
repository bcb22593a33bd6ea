/**
 * `npm run schemas`: JSON Schemas of the published contract, generated from the TypeScript types
 * (the one source of truth) into schemas/v<schemaVersion>/. Which types, and where the schema
 * version comes from, is schemas/contract.config.json. Older versions' folders stay as published.
 *
 * `--check` writes nothing and exits 1 when the committed files differ from a fresh generation.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import {
  createFormatter,
  createParser,
  createProgram,
  SchemaGenerator,
  type BaseType,
  DEFAULT_CONFIG,
  type CompletedConfig,
  type Context,
  type NodeParser,
  type SubNodeParser,
} from 'ts-json-schema-generator';

export const repoRoot = fileURLToPath(new URL('../', import.meta.url));

interface ContractConfig {
  schemaVersion: { path: string; export: string };
  schemas: { name: string; path: string; type: string; title: string }[];
}

export function readContractConfig(): ContractConfig {
  return JSON.parse(readFileSync(join(repoRoot, 'schemas', 'contract.config.json'), 'utf8')) as ContractConfig;
}

export async function contractSchemaVersion(config = readContractConfig()): Promise<number> {
  const module = (await import(pathToFileURL(join(repoRoot, config.schemaVersion.path)).href)) as Record<string, unknown>;
  const version = module[config.schemaVersion.export];
  if (typeof version !== 'number') throw new Error(`${config.schemaVersion.path} exports no number ${config.schemaVersion.export}`);
  return version;
}

/** Relative file path (schemas/v1/article-record.schema.json) → file text. */
export async function generateSchemas(): Promise<Map<string, string>> {
  const config = readContractConfig();
  const version = await contractSchemaVersion(config);
  const files = new Map<string, string>();
  for (const entry of config.schemas) {
    const generatorConfig: CompletedConfig = {
      ...DEFAULT_CONFIG,
      path: join(repoRoot, entry.path),
      tsconfig: join(repoRoot, 'tsconfig.json'),
      type: entry.type,
      expose: 'export',
      topRef: false,
      jsDoc: 'extended',
      // The project's own `tsc --noEmit` type-checks; the generator only reads the types.
      skipTypeCheck: true,
      additionalProperties: false,
    };
    const program = createProgram(generatorConfig);
    const parser = createParser(program, generatorConfig, (chain) => {
      chain.addNodeParser(new ImportTypeNodeParser(program.getTypeChecker(), chain as unknown as NodeParser));
    });
    const generator = new SchemaGenerator(program, parser, createFormatter(generatorConfig), generatorConfig);
    const schema = generator.createSchema(entry.type);
    const published = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: `urn:newsdrop:schema:${entry.name}:v${version}`,
      title: entry.title,
      'x-newsdrop-schema-version': version,
      ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
    };
    files.set(join('schemas', `v${version}`, `${entry.name}.schema.json`), JSON.stringify(published, null, 2) + '\n');
  }
  return files;
}

/**
 * `import('../types').Article` in a type position: the generator (2.4, the last release for
 * Node 20) has no parser for it, so resolve it to the declaration it names and parse that.
 */
class ImportTypeNodeParser implements SubNodeParser {
  constructor(
    private readonly checker: ts.TypeChecker,
    private readonly childNodeParser: NodeParser,
  ) {}

  supportsNode(node: ts.Node): boolean {
    return node.kind === ts.SyntaxKind.ImportType;
  }

  createType(node: ts.Node, context: Context): BaseType {
    const symbol = this.checker.getTypeFromTypeNode(node as ts.ImportTypeNode).aliasSymbol ?? this.checker.getTypeFromTypeNode(node as ts.ImportTypeNode).getSymbol();
    const declaration = symbol?.declarations?.[0];
    if (declaration === undefined) throw new Error(`cannot resolve ${node.getText()}`);
    return this.childNodeParser.createType(declaration, context);
  }
}

async function main(): Promise<number> {
  const check = process.argv.includes('--check');
  const files = await generateSchemas();
  let stale = 0;
  for (const [path, text] of files) {
    const absolute = join(repoRoot, path);
    let current: string | undefined;
    try {
      current = readFileSync(absolute, 'utf8');
    } catch {
      current = undefined;
    }
    if (current === text) continue;
    stale += 1;
    if (check) {
      process.stderr.write(`${path} is out of date: run npm run schemas\n`);
      continue;
    }
    mkdirSync(join(absolute, '..'), { recursive: true });
    writeFileSync(absolute, text);
    process.stdout.write(`wrote ${path}\n`);
  }
  if (stale === 0) process.stdout.write(`schemas up to date (${[...files.keys()].join(', ')})\n`);
  return check && stale > 0 ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`generate-schemas: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
