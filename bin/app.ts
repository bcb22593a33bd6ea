#!/usr/bin/env node
/** CDK app: `npx cdk deploy [-c alarmEmail=ops@example.com]`. */
import { App } from 'aws-cdk-lib';
import { pipelineConfig } from '../lambdas/config';
import { registerNagPacks } from '../lib/nag';
import { NewsdropStack } from '../lib/newsdrop-stack';

const app = new App();
const alarmEmail: unknown = app.node.tryGetContext('alarmEmail');

new NewsdropStack(app, pipelineConfig.stackName, {
  alarmEmail: typeof alarmEmail === 'string' && alarmEmail.length > 0 ? alarmEmail : undefined,
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
});
registerNagPacks(app);
