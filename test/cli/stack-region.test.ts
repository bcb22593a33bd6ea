/** `--stack` finds its region the way the AWS SDK and CLI do: --region, AWS_REGION, then the profile. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { stackRegion } from '../../cli/target';

const dir = mkdtempSync(join(tmpdir(), 'newsdrop-region-'));
const config = join(dir, 'config');
writeFileSync(config, '[default]\nregion = ap-northeast-2\n\n[profile desk]\nregion = eu-west-3\n');
const saved = { ...process.env };
const names = ['AWS_REGION', 'AWS_DEFAULT_REGION', 'AWS_PROFILE', 'AWS_CONFIG_FILE', 'AWS_SHARED_CREDENTIALS_FILE'];

function environment(values: Record<string, string>): void {
  for (const name of names) delete process.env[name];
  Object.assign(process.env, { AWS_SHARED_CREDENTIALS_FILE: join(dir, 'none'), ...values });
}

afterEach(() => {
  for (const name of names) delete process.env[name];
  for (const name of names) if (saved[name] !== undefined) process.env[name] = saved[name];
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('stack region', () => {
  it("takes the AWS profile's region when AWS_REGION is not set", async () => {
    environment({ AWS_CONFIG_FILE: config, AWS_PROFILE: 'desk' });
    expect(await stackRegion(undefined)).toBe('eu-west-3');
    environment({ AWS_CONFIG_FILE: config });
    expect(await stackRegion(undefined)).toBe('ap-northeast-2');
  });

  it('prefers --region, then AWS_REGION', async () => {
    environment({ AWS_CONFIG_FILE: config, AWS_PROFILE: 'desk', AWS_REGION: 'us-west-2' });
    expect(await stackRegion(undefined)).toBe('us-west-2');
    expect(await stackRegion('sa-east-1')).toBe('sa-east-1');
  });

  it('says how to give one when there is none', async () => {
    environment({ AWS_CONFIG_FILE: join(dir, 'missing') });
    await expect(stackRegion(undefined)).rejects.toThrow('--stack needs a region: pass --region, set AWS_REGION or give the AWS profile a region');
  });
});
