/**
 * `newsdrop dev` and `newsdrop ingest` as a user runs them: real processes,
 * the state file that connects them, the watch folder, and ingest's own
 * temporary stack when no dev is running.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClients, destroyClients } from '../../local/clients';
import type { DevState } from '../../local/dev-state';
import { waitForArticles } from '../../local/wait-for-records';

const repo = new URL('../..', import.meta.url).pathname;
const fixtures = join(repo, 'test/fixtures/articles');
const work = mkdtempSync(join(tmpdir(), 'newsdrop-cli-'));
const statePath = join(work, 'dev.json');
const watchDir = join(work, 'dropbox');
const articlesDir = join(work, 'articles');

function newsdrop(args: string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', join(repo, 'bin/newsdrop.ts'), ...args], {
    cwd: repo,
    env: { ...process.env, NEWSDROP_DEV_STATE: statePath, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function finish(child: ChildProcess): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

async function until<T>(probe: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

let dev: ChildProcess;
let devDone: Promise<{ code: number | null; stdout: string; stderr: string }>;
let state: DevState;

beforeAll(async () => {
  for (const dir of [watchDir, articlesDir]) mkdirSync(dir, { recursive: true });
  copyFileSync(join(fixtures, 'ru-cp1251.txt'), join(articlesDir, 'Новости дня.txt'));
  copyFileSync(join(fixtures, 'briefing.md'), join(articlesDir, 'briefing.md'));
  copyFileSync(join(fixtures, 'empty.txt'), join(articlesDir, 'empty.txt'));
  dev = newsdrop(['dev', '--port', '0', '--watch', watchDir]);
  devDone = finish(dev);
  let early = '';
  dev.stderr!.on('data', (d) => (early += d));
  state = await until(() => (existsSync(statePath) ? (JSON.parse(readFileSync(statePath, 'utf8')) as DevState) : undefined), 40_000, 'the dev state file').catch((err: Error) => {
    throw new Error(`${err.message}; dev said: ${early.slice(0, 500)}`);
  });
});

afterAll(async () => {
  if (dev && dev.exitCode === null) dev.kill('SIGINT');
  await devDone?.catch(() => undefined);
  rmSync(work, { recursive: true, force: true });
});

describe('newsdrop dev + ingest', () => {
  it('dev writes a state file with a live endpoint, region, credentials and resource names', () => {
    expect(state.pid).toBe(dev.pid);
    expect(state.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(state).toMatchObject({ region: 'us-east-1', bucket: 'newsdrop-articles', table: 'newsdrop-records' });
    expect(state.queues.ingest).toContain('newsdrop-ingest');
  });

  it('ingest uploads a folder through the running dev, keeps names, reports failures and exits 1', async () => {
    const run = await finish(newsdrop(['ingest', articlesDir, '--source', 'wire desk', '--json', '--timeout', '60']));
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { sourceKey: string; status: string; language?: string; error?: { code: string } });
    const byKey = new Map(lines.map((l) => [l.sourceKey, l]));
    expect([...byKey.keys()].sort()).toEqual(['incoming/wire desk/briefing.md', 'incoming/wire desk/empty.txt', 'incoming/wire desk/Новости дня.txt']);
    expect(byKey.get('incoming/wire desk/Новости дня.txt')).toMatchObject({ status: 'ENRICHED', language: 'ru' });
    expect(byKey.get('incoming/wire desk/empty.txt')).toMatchObject({ status: 'FAILED', error: { code: 'EMPTY' } });
    expect(run.stderr).toContain('failed:     1');
    expect(run.stderr).toContain(`newsdrop dev at ${state.endpoint}`);
  });

  it('ingest exits 0 with a summary when every file is processed', async () => {
    const run = await finish(newsdrop(['ingest', join(articlesDir, 'briefing.md'), '--endpoint', state.endpoint]));
    expect(run.stdout).toContain('processed:  1');
    // One line per file: id, status, language and topics (this text was ingested before: a duplicate).
    const row = run.stdout.split('\n').find((line) => line.includes('briefing.md'));
    expect(row).toMatch(/\/briefing\.md\s+[0-9a-f]{32}\s+ENRICHED\s+en\s+duplicate of [0-9a-f]{32}; [a-z-]+ \d\.\d\d/);
    expect(run.code).toBe(0);
  });

  it('dev --watch uploads a dropped file to incoming/<folder>/<name>', async () => {
    copyFileSync(join(fixtures, 'uz-latin.txt'), join(watchDir, "O'zbekiston yangiliklari.txt"));
    const clients = createClients({ region: state.region, endpoint: state.endpoint, credentials: state.credentials });
    try {
      const key = `incoming/dropbox/O'zbekiston yangiliklari.txt`;
      const { final } = await waitForArticles({ dynamodb: clients.dynamodb, table: state.table, targets: [{ bucket: state.bucket, key }], timeoutMs: 30_000 });
      expect(final.get(key)).toMatchObject({ status: 'ENRICHED', language: 'uz' });
    } finally {
      destroyClients(clients);
    }
  });

  it('dev stops on Ctrl-C and removes its state file', async () => {
    dev.kill('SIGINT');
    const result = await devDone;
    expect(result.code, result.stderr.slice(-800)).toBe(0);
    expect(result.stdout).toContain('AWS_ENDPOINT_URL=');
    expect(existsSync(statePath)).toBe(false);
  });

  it('ingest starts a temporary local stack when no dev is running', async () => {
    const run = await finish(newsdrop(['ingest', join(articlesDir, 'briefing.md'), '--json']));
    expect(run.stderr).toContain('temporary local stack');
    expect(run.stderr).toContain('its records vanish when ingest ends');
    expect(run.stderr).toContain('run `newsdrop dev` in another terminal');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout.trim())).toMatchObject({ status: 'ENRICHED', sourceKey: 'incoming/articles/briefing.md' });
  });
});
