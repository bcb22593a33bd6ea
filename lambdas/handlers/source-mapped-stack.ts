/**
 * Stack traces in the terms of the TypeScript sources, mapped when an error is logged.
 * Node's own `--enable-source-maps` does this too, but pays at module load: it measures every line
 * of the bundle when the bundle is loaded (~10 ms of each cold start, docs/bundles.md). Here the
 * source map beside the bundle is read on the first error logged, once per process. Frames of
 * files without a map beside them (tsx, tests, Node's internals) are left as they are.
 */
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

interface LoadedMap {
  map: SourceMap;
  sources: Map<string, string>;
}

const maps = new Map<string, LoadedMap | null>();

/** Sources as the map names them, relative to the bundle's folder at bundling time: shown from the repository root. */
function displayPath(source: string): string {
  let path = source.startsWith('file://') ? fileURLToPath(source) : source;
  while (path.startsWith('../')) path = path.slice(3);
  return path;
}

function mapBeside(file: string): LoadedMap | null {
  let loaded = maps.get(file);
  if (loaded === undefined) {
    try {
      loaded = { map: new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8'))), sources: new Map() };
    } catch {
      loaded = null; // no map (or an unreadable one): the frame stays as it is
    }
    maps.set(file, loaded);
  }
  return loaded;
}

/** One frame's `file:line:column`, mapped when its file has a map. */
function mapLocation(location: string): string {
  const columnAt = location.lastIndexOf(':');
  const lineAt = location.lastIndexOf(':', columnAt - 1);
  if (lineAt <= 0) return location;
  const line = Number(location.slice(lineAt + 1, columnAt));
  const column = Number(location.slice(columnAt + 1));
  if (!Number.isInteger(line) || !Number.isInteger(column)) return location;
  let file = location.slice(0, lineAt);
  if (file.startsWith('file://')) file = fileURLToPath(file);
  if (!file.startsWith('/')) return location; // node:internal/…, <anonymous>, native
  const loaded = mapBeside(file);
  if (loaded === null) return location;
  const entry = loaded.map.findEntry(line - 1, column - 1) as Partial<{ originalSource: string; originalLine: number; originalColumn: number }>;
  if (entry.originalSource === undefined || entry.originalLine === undefined || entry.originalColumn === undefined) return location;
  let source = loaded.sources.get(entry.originalSource);
  if (source === undefined) loaded.sources.set(entry.originalSource, (source = displayPath(entry.originalSource)));
  return `${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
}

/** `error.stack` with each `at …` frame pointing at the original source where a map says where. */
export function sourceMappedStack(stack: string): string {
  return stack
    .split('\n')
    .map((text) => {
      const at = text.indexOf('at ');
      if (at < 0 || text.slice(0, at).trim() !== '') return text;
      // "    at name (location)" or "    at location"
      if (text.endsWith(')')) {
        const open = text.lastIndexOf('(');
        if (open > at) return `${text.slice(0, open + 1)}${mapLocation(text.slice(open + 1, -1))})`;
        return text;
      }
      return `${text.slice(0, at + 3)}${mapLocation(text.slice(at + 3))}`;
    })
    .join('\n');
}
