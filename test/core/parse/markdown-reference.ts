/**
 * The first, regex-only reading of Markdown inline markup, kept as the oracle
 * the linear scanners in lambdas/core/parse/markdown.ts must agree with. Only
 * for small inputs: these regexes are quadratic on unclosed brackets.
 */
export function referenceStripLinks(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/!\[[^\]]*\]\[[^\]]*\]/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<(https?:[^>\s]+)>/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ');
}

export function referenceDropComments(text: string): string {
  return text.replace(/<!--[\s\S]*?-->/g, '');
}

export function referenceAtxHeading(line: string): { text: string; headingLevel: number } | undefined {
  const match = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
  return match ? { text: match[2]!, headingLevel: match[1]!.length } : undefined;
}

export const REFERENCE_TABLE_SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;
