import type { Command } from './command';

/**
 * Commands are loaded lazily so `newsdrop classify` does not pay for the AWS
 * SDK or the emulators. Add a command by adding one line here.
 */
export const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  classify: {
    summary: 'Decode, parse and classify local files (no AWS).',
    load: async () => (await import('./commands/classify')).default,
  },
};
