#!/usr/bin/env node
/**
 * CDK app: `npx cdk deploy -c stage=prod [-c alarmEmail=ops@example.com]`.
 * The stage (default `dev`) names the stack (`Newsdrop-prod`), dashboard, alarms and metrics
 * namespace, so several stages deploy side by side in one account.
 */
import { App } from 'aws-cdk-lib';
import { registerNagPacks } from '../lib/nag';
import { NewsdropStack } from '../lib/newsdrop-stack';
import { defaultStage } from '../lib/stage';

const app = new App();
const context = (name: string): string | undefined => {
  const value: unknown = app.node.tryGetContext(name);
  return typeof value === 'string' && value.length > 0 ? value : undefined;
};

// `-c stages=a,b` synthesizes several stages at once (the collision test uses it).
const stages = (context('stages') ?? context('stage') ?? defaultStage).split(',').map((stage) => stage.trim());
for (const stage of stages) {
  new NewsdropStack(app, undefined, {
    stage,
    alarmEmail: context('alarmEmail'),
    env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
  });
}
registerNagPacks(app);
