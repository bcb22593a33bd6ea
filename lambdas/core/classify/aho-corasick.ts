/**
 * Aho–Corasick automaton over UTF-16 code units: one pass over the text finds
 * every occurrence of every pattern, however many patterns there are.
 *
 * Built as a dense DFA over a small alphabet (the code units the patterns
 * use): each text code unit costs two array reads, no hashing and no failure
 * chains at scan time. A unit outside the alphabet sends the automaton back to
 * the root. Keep each automaton to one script (see term-matcher.ts) so the
 * table, nodes × alphabet, stays small.
 */
export class AhoCorasick {
  /** Text code unit → alphabet symbol + 1 (0: in no pattern). */
  private readonly symbolOf = new Uint16Array(65536);
  private readonly alphabetSize: number;
  /** delta[node * alphabetSize + symbol] = next node. */
  private readonly delta: Int32Array;
  /** Pattern indexes recognized at each node, including suffixes reached by failure links. */
  private readonly outputs: (number[] | undefined)[];
  readonly patternLengths: number[];

  /** `codeMap` maps each text code unit before matching; patterns must already be in mapped form. */
  constructor(patterns: readonly string[], codeMap?: Readonly<Uint16Array>) {
    this.patternLengths = patterns.map((p) => p.length);
    const symbolOfUnit = new Map<number, number>();
    for (const pattern of patterns) {
      if (pattern.length === 0) throw new Error('empty pattern');
      for (let i = 0; i < pattern.length; i++) {
        const unit = pattern.charCodeAt(i);
        if (!symbolOfUnit.has(unit)) symbolOfUnit.set(unit, symbolOfUnit.size);
      }
    }
    const size = symbolOfUnit.size;
    this.alphabetSize = size;
    for (let code = 0; code < 65536; code++) {
      const symbol = symbolOfUnit.get(codeMap ? codeMap[code]! : code);
      this.symbolOf[code] = symbol === undefined ? 0 : symbol + 1;
    }

    // The trie, with children as [symbol, node] lists.
    const children: [number, number][][] = [[]];
    const outputs: (number[] | undefined)[] = [undefined];
    patterns.forEach((pattern, index) => {
      let node = 0;
      for (let i = 0; i < pattern.length; i++) {
        const symbol = symbolOfUnit.get(pattern.charCodeAt(i))!;
        let next = children[node]!.find(([s]) => s === symbol)?.[1];
        if (next === undefined) {
          next = children.length;
          children.push([]);
          outputs.push(undefined);
          children[node]!.push([symbol, next]);
        }
        node = next;
      }
      (outputs[node] ??= []).push(index);
    });

    // Breadth-first: a node's row starts as its failure node's row, then its own children.
    const delta = new Int32Array(children.length * Math.max(1, size));
    const fail = new Int32Array(children.length);
    const queue: number[] = [];
    for (const [symbol, child] of children[0]!) {
      delta[symbol] = child;
      queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      const row = node * size;
      const failRow = fail[node]! * size;
      delta.copyWithin(row, failRow, failRow + size);
      for (const [symbol, child] of children[node]!) {
        fail[child] = delta[failRow + symbol]!;
        delta[row + symbol] = child;
        queue.push(child);
      }
      const inherited = outputs[fail[node]!];
      if (inherited) outputs[node] = [...(outputs[node] ?? []), ...inherited];
    }
    this.delta = delta;
    this.outputs = outputs;
  }

  /** Calls `onMatch(patternIndex, end)` for every occurrence; `end` is exclusive. */
  scan(text: string, onMatch: (patternIndex: number, end: number) => void): void {
    const { delta, outputs, symbolOf, alphabetSize } = this;
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const symbolPlusOne = symbolOf[text.charCodeAt(i)]!;
      if (symbolPlusOne === 0) {
        node = 0;
        continue;
      }
      node = delta[node * alphabetSize + symbolPlusOne - 1]!;
      const found = outputs[node];
      if (found) for (let k = 0; k < found.length; k++) onMatch(found[k]!, i + 1);
    }
  }
}
