/**
 * esbuild plugins that remove work from a handler bundle's cold start without changing what the
 * code does. Each rewrites one dependency file as it is bundled; when a dependency update changes
 * the file's shape the plugin leaves it as it is (the bundle stays correct, only that saving is
 * lost), and test/lib/bundling.test.ts fails so the change is noticed.
 * Figures: docs/bundles.md (`npm run measure:bundles`).
 */
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'esbuild';

/**
 * The SDK clients describe every operation of their service as schema arrays in one module
 * (S3: ~480). Their property keys are written as computed keys over string constants
 * (`{ [_h]: ["GET", ...] }`), which esbuild must assume may run code, so it keeps every schema,
 * used or not. Writing those keys as the string literals they are lets it drop the unused ones.
 */
export function inlineSchemaKeys(source: string): string {
  const constants = new Map<string, string>();
  for (const match of source.matchAll(/^const (_\w+) = ("[^"\\\n]*");$/gm)) {
    // A literal "__proto__" key sets the prototype, the computed one a property: never inline it.
    if (match[2] !== '"__proto__"') constants.set(match[1]!, match[2]!);
  }
  return source.replace(/\[(_\w+)\]:/g, (key, name: string) => {
    const literal = constants.get(name);
    return literal === undefined ? key : `${literal}:`;
  });
}

export const sdkSchemaKeysPlugin: Plugin = {
  name: 'newsdrop-sdk-schema-keys',
  setup(build) {
    build.onLoad({ filter: /[\\/]@aws-sdk[\\/]client-[\w-]+[\\/]dist-es[\\/]schemas[\\/]schemas_\d+\.js$/ }, (args) => ({
      contents: inlineSchemaKeys(readFileSync(args.path, 'utf8')),
      loader: 'js',
      resolveDir: dirname(args.path),
    }));
  },
};

const eventStreamsImport = 'await import("@smithy/core/event-streams")';

/**
 * The SDK's HTTP protocol loads its event-stream support with `import()` for the operations that
 * stream events. The clients import the same module statically anyway, so the dynamic import saves
 * nothing in a bundle; it only makes esbuild wrap that module and everything it reaches (~180
 * modules) in lazy initialisers, each compiled and called on its own at cold start. A static
 * import of the same namespace keeps the code flat.
 */
export function staticEventStreams(source: string): string {
  if (!source.includes(eventStreamsImport)) return source;
  return `import * as __newsdropEventStreams from "@smithy/core/event-streams";\n${source.replace(eventStreamsImport, '__newsdropEventStreams')}`;
}

export const staticEventStreamsPlugin: Plugin = {
  name: 'newsdrop-static-event-streams',
  setup(build) {
    build.onLoad({ filter: /[\\/]@smithy[\\/]core[\\/]dist-es[\\/]submodules[\\/]protocols[\\/]HttpProtocol\.js$/ }, (args) => ({
      contents: staticEventStreams(readFileSync(args.path, 'utf8')),
      loader: 'js',
      resolveDir: dirname(args.path),
    }));
  },
};

/**
 * Source of a module exporting `htmlDecodeTree` as the bytes of the given table in base64. The
 * `entities` package (htmlparser2's decoder) ships the table in its own packed text format and
 * unpacks it at import with a JavaScript loop, which costs ~8 ms of a cold start; Node's native
 * base64 decoder turns the same table out in microseconds. Stored little-endian, swapped on a
 * big-endian host.
 */
export function htmlDecodeTreeSource(tree: Uint16Array): string {
  const bytes = Buffer.alloc(tree.length * 2);
  tree.forEach((value, index) => bytes.writeUInt16LE(value, index * 2));
  return `// Generated at bundling time by lib/bundle-levers.ts from the installed entities package.
const bytes = Buffer.from(${JSON.stringify(bytes.toString('base64'))}, "base64");
if (new Uint8Array(new Uint16Array([1]).buffer)[0] === 0) bytes.swap16();
export const htmlDecodeTree = new Uint16Array(${tree.length});
new Uint8Array(htmlDecodeTree.buffer).set(bytes);
`;
}

export const entitiesTablePlugin: Plugin = {
  name: 'newsdrop-entities-table',
  setup(build) {
    build.onLoad({ filter: /[\\/]entities[\\/]dist[\\/]generated[\\/]decode-data-html\.js$/ }, async (args) => {
      // The very file being replaced, loaded here: the table always matches the installed version.
      const { htmlDecodeTree } = (await import(pathToFileURL(args.path).href)) as { htmlDecodeTree: Uint16Array };
      return { contents: htmlDecodeTreeSource(htmlDecodeTree), loader: 'js' };
    });
  },
};

/** The three plugins, in the order they apply (they touch different files). */
export const bundleLeverPlugins: Plugin[] = [sdkSchemaKeysPlugin, staticEventStreamsPlugin, entitiesTablePlugin];

