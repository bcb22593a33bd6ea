/**
 * The state file through which CLI commands find a running `newsdrop dev`:
 * endpoint, credentials, resource names and the owning pid. One per clone: it
 * lives in the clone's git-ignored `.newsdrop/` folder, so a CLI in one clone
 * never finds the stack another clone started (`NEWSDROP_DEV_STATE` overrides
 * the path, e.g. in tests).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Credentials } from './clients';
import type { LocalStack, QueueUrls } from './stack';

export interface DevState {
  endpoint: string;
  region: string;
  credentials: Credentials;
  bucket: string;
  incomingPrefix: string;
  table: string;
  queues: QueueUrls;
  eventsTopicArn: string;
  pid: number;
  startedAt: string;
}

/** The state a running stack announces: everything an AWS client needs to reach it. */
export function devStateFor(stack: LocalStack, pid = process.pid): DevState {
  const { endpoint, region, credentials, bucket, incomingPrefix, table, queues, eventsTopicArn } = stack;
  return { endpoint, region, credentials, bucket, incomingPrefix, table, queues, eventsTopicArn, pid, startedAt: new Date().toISOString() };
}

/** The clone this module belongs to. */
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export function devStatePath(env: NodeJS.ProcessEnv = process.env, root = repoRoot): string {
  return env.NEWSDROP_DEV_STATE ?? join(root, '.newsdrop', 'dev.json');
}

export function writeDevState(state: DevState, path = devStatePath()): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(state, null, 2) + '\n', { mode: 0o600 });
}

/** Removes the file only if it still belongs to this process (another dev may have replaced it). */
export function removeDevState(pid = process.pid, path = devStatePath()): void {
  const current = readDevStateFile(path);
  if (current === undefined || current.pid === pid) rmSync(path, { force: true });
}

function readDevStateFile(path: string): DevState | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as DevState;
  } catch {
    return undefined;
  }
}

/** The running dev stack, or undefined when none is (a stale file of a dead process is ignored). */
export function readDevState(path = devStatePath()): DevState | undefined {
  const state = readDevStateFile(path);
  if (state === undefined || !isAlive(state.pid)) return undefined;
  return state;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: alive but owned by another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
