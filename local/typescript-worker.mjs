// Entry of the local runtime's worker threads (emulator-thread.ts, function-thread.ts): Node runs
// a worker's file as plain JavaScript, so this registers tsx's loader first, as bin/newsdrop.js
// does whatever started the process, then loads the TypeScript module named in the worker's argv.
import { register } from 'tsx/esm/api';

register();
const [moduleName] = process.argv.slice(2);
await import(new URL(moduleName, import.meta.url).href);
