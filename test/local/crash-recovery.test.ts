/**
 * Issue 8, finding 7: `newsdrop dev --data DIR` killed with SIGKILL in the
 * middle of a burst must lose nothing it acknowledged. A real child process,
 * a real kill -9, a restart on the same folder: every upload ends final.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, describe, expect, it } from 'vitest';
import { createClients, destroyClients } from '../../local/clients';
import { readDevState, type DevState } from '../../local/dev-state';
import { mapLimit } from '../../local/uploads';
import { waitForArticles } from '../../local/wait-for-records';

const BIN = join(import.meta.dirname, '../../bin/newsdrop.js');
const work = mkdtempSync(join(tmpdir(), 'newsdrop-crash-'));
const dataDir = join(work, 'data');
const statePath = join(work, 'dev.json');
const children: ChildProcess[] = [];

function startDev(...extra: string[]): ChildProcess {
  const child = spawn(process.execPath, [BIN, 'dev', '--data', dataDir, '--port', '0', ...extra], {
    env: { ...process.env, NEWSDROP_DEV_STATE: statePath, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(child);
  return child;
}

async function stateOf(child: ChildProcess, timeoutMs = 60_000): Promise<DevState> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`newsdrop dev exited with ${child.exitCode}`);
    const state = readDevState(statePath);
    if (state !== undefined && state.pid === child.pid) return state;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('newsdrop dev did not start');
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

afterAll(async () => {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited(child);
    }
  }
  rmSync(work, { recursive: true, force: true });
});

describe('newsdrop dev --data survives kill -9', () => {
  it('every acknowledged upload ends ENRICHED or FAILED after a restart', { timeout: 180_000 }, async () => {
    const first = startDev();
    const state = await stateOf(first);
    const clients = createClients({ region: state.region, endpoint: state.endpoint, credentials: state.credentials });
    const uploads = await mapLimit(
      Array.from({ length: 60 }, (_, i) => i),
      8,
      async (i) => {
        const key = `${state.incomingPrefix}crash/story-${i}.txt`;
        const body = `Power plant ${i} expands\n\nThe energy ministry said output at plant number ${i} rose by ${i + 3} percent in the Navoi region this year.`;
        const put = await clients.s3.send(new PutObjectCommand({ Bucket: state.bucket, Key: key, Body: body }));
        return { bucket: state.bucket, key, etag: (put.ETag ?? '').replaceAll('"', '') };
      },
    );
    destroyClients(clients);
    // Acknowledged, most of them not yet processed: crash now.
    first.kill('SIGKILL');
    await exited(first);

    const second = startDev('--verbose');
    let log = '';
    second.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    const restarted = await stateOf(second);
    const again = createClients({ region: restarted.region, endpoint: restarted.endpoint, credentials: restarted.credentials });
    try {
      const { final, pending } = await waitForArticles({ dynamodb: again.dynamodb, table: restarted.table, targets: uploads, timeoutMs: 120_000 });
      expect(pending.map((p) => p.key)).toEqual([]);
      expect(final.size).toBe(uploads.length);
      expect([...final.values()].every((record) => record.status === 'ENRICHED')).toBe(true);
      // The crash did hit work in progress: the restart found unfinished uploads and queued them again.
      const requeued = /restored (\d+) object\(s\) .*; (\d+) unfinished/.exec(log);
      expect(Number(requeued?.[1])).toBe(uploads.length);
      expect(Number(requeued?.[2])).toBeGreaterThan(0);
    } finally {
      destroyClients(again);
    }
  });
});
