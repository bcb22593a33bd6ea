// Entry of the function thread (function-thread.ts); registers tsx's loader first, as
// emulator-worker.mjs does.
import { register } from 'tsx/esm/api';

register();
await import('./function-worker.ts');
