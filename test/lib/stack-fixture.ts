/**
 * Builds the real stack the way bin/app.ts does, for template assertions: cdk.json's feature
 * flags as context, asset bundling skipped (unit tests never run esbuild) and no built-in
 * CloudFormation validation (it doubles synth time; the synth test covers the real path).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { App, CfnElement, Stack } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { Template } from 'aws-cdk-lib/assertions';
import { NewsdropStack, type NewsdropStackProps } from '../../lib/newsdrop-stack';

export const repoRoot = new URL('../../', import.meta.url);

export function cdkJsonContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(readFileSync(new URL('cdk.json', repoRoot), 'utf8')) as { context: Record<string, unknown> };
  return cdkJson.context;
}

/** Logical id of a construct's CloudFormation resource (its default child). */
export function logicalIdOf(construct: IConstruct): string {
  const resource = construct.node.defaultChild;
  if (!(resource instanceof CfnElement)) throw new Error(`${construct.node.path} has no CloudFormation resource`);
  return Stack.of(construct).getLogicalId(resource);
}

export interface SynthesizedStack {
  readonly app: App;
  readonly stack: NewsdropStack;
  readonly template: Template;
}

/**
 * Template tests never bundle, so the handler code is irrelevant to them: they use a fixture
 * entry and do not depend on lambdas/handlers/. The synth test builds the real entries.
 */
export const fixtureEntry = fileURLToPath(new URL('test/lib/fixtures/queue-handler.ts', repoRoot));

/** `extend` adds constructs (e.g. uploader roles) before the template is synthesized. */
export function synthesizeStack(props: NewsdropStackProps = {}, extend?: (stack: NewsdropStack) => void): SynthesizedStack {
  const app = new App({
    context: { ...cdkJsonContext(), 'aws:cdk:bundling-stacks': [] },
    builtinCloudFormationValidation: false,
  });
  const stack = new NewsdropStack(app, undefined, {
    handlerEntries: { ingest: fixtureEntry, enrich: fixtureEntry },
    ...props,
  });
  extend?.(stack);
  return { app, stack, template: Template.fromStack(stack) };
}
