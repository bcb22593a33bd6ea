/**
 * A small evaluator for synthesized IAM statements: enough to ask "may this principal do action X
 * on resource Y?" of a template, with CloudFormation references resolved to fake but distinct ARNs.
 * Explicit Deny wins over Allow, as in IAM. Conditions: the two the stack uses on denies
 * (aws:SecureTransport, aws:PrincipalArn); any other condition makes the evaluator throw.
 */
export interface Statement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Action: string | string[];
  Resource: unknown;
  Principal?: unknown;
  Condition?: unknown;
}

const asArray = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

/** Resolves Ref / Fn::GetAtt / Fn::Join to plain strings: `arn:<logicalId>` for ARNs. */
export function resolve(value: unknown): string {
  if (typeof value === 'string') return value;
  const object = value as Record<string, any>;
  if ('Fn::GetAtt' in object) return `arn:${object['Fn::GetAtt'][0]}:${object['Fn::GetAtt'][1]}`;
  if ('Ref' in object) return `ref:${object.Ref}`;
  if ('Fn::Join' in object) return (object['Fn::Join'][1] as unknown[]).map(resolve).join(object['Fn::Join'][0]);
  throw new Error(`cannot resolve ${JSON.stringify(value)}`);
}

function globMatches(pattern: string, value: string): boolean {
  const regex = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return regex.test(value);
}

export interface RequestContext {
  /** Default true: requests over TLS. */
  secureTransport?: boolean;
  /** The caller's role ARN, for aws:PrincipalArn conditions. */
  principalArn?: string;
}

function conditionHolds(condition: unknown, context: RequestContext): boolean {
  if (condition === undefined) return true;
  return Object.entries(condition as Record<string, Record<string, unknown>>).every(([operator, tests]) =>
    Object.entries(tests).every(([key, expected]) => {
      const values = asArray(expected).map((value) => (typeof value === 'string' ? value : resolve(value)));
      if (operator === 'Bool' && key === 'aws:SecureTransport') return values.includes(String(context.secureTransport ?? true));
      if (operator === 'ArnNotEquals' && key === 'aws:PrincipalArn') return !values.includes(context.principalArn ?? 'arn:anyone');
      throw new Error(`condition ${operator} ${key} is not evaluated here`);
    }),
  );
}

export function statementMatches(statement: Statement, action: string, resource: string, context: RequestContext = {}): boolean {
  return (
    conditionHolds(statement.Condition, context) &&
    asArray(statement.Action).some((pattern) => globMatches(pattern, action)) &&
    asArray(statement.Resource).some((pattern) => globMatches(resolve(pattern), resource))
  );
}

export function isAllowed(statements: Statement[], action: string, resource: string, context: RequestContext = {}): boolean {
  if (statements.some((s) => s.Effect === 'Deny' && statementMatches(s, action, resource, context))) return false;
  return statements.some((s) => s.Effect === 'Allow' && statementMatches(s, action, resource, context));
}
