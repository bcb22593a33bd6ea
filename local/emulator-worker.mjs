// Entry of the emulator thread (emulator-thread.ts): Node runs a worker's file as plain JavaScript,
// so this registers tsx's loader first, as bin/newsdrop.js does, whatever started the process.
import { register } from 'tsx/esm/api';

register();
await import('./emulator-worker.ts');
