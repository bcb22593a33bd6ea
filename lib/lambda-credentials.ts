/**
 * Stand-in for `@aws-sdk/credential-provider-node` inside the Lambda bundles (lib/bundling.ts
 * aliases the package to this file). A Lambda function always receives its role's credentials in
 * AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN, so the SSO, INI, process, web
 * identity and container links of the default chain are dead code there that still costs module
 * init on every cold start. Only the bundles use this; the CLI and tests keep the full chain.
 */
import { fromEnv } from '@aws-sdk/credential-provider-env';

type EnvInit = Parameters<typeof fromEnv>[0];

/** Same name and call shape as the default chain the SDK clients import. */
export const defaultProvider = (init: EnvInit = {}) => fromEnv(init);
