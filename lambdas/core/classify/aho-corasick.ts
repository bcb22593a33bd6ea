/**
 * Aho–Corasick automaton over UTF-16 code units: one pass over the text finds
 * every occurrence of every pattern, however many patterns there are.
 *
 * Built as a dense DFA over a small alphabet (the code units the patterns
 * use): each text code unit costs two typed-array reads, no hashing and no
 * failure chains at scan time. A unit outside the alphabet sends the automaton
 * back to the root. Keep each automaton to one script (see term-matcher.ts) so
 * the table, nodes × alphabet, stays small.
 */

/**
 * Raw matches of one scan, reused between scans so a scan allocates nothing
 * once the buffers have grown to fit: pattern index and exclusive end, in text order.
 */
export class MatchBuffer {
  patterns = new Int32Array(256);
  ends = new Int32Array(256);
  count = 0;

  push(pattern: number, end: number): void {
    if (this.count === this.patterns.length) {
      const patterns = new Int32Array(this.count * 2);
      patterns.set(this.patterns);
      this.patterns = patterns;
      const ends = new Int32Array(this.count * 2);
      ends.set(this.ends);
      this.ends = ends;
    }
    this.patterns[this.count] = pattern;
    this.ends[this.count++] = end;
  }
}

function grow(array: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(length);
  grown.set(array);
  return grown;
}

export class AhoCorasick {
  /** Text code unit → alphabet symbol + 2; 1: in no pattern; 0: not looked up yet (filled lazily). */
  private readonly symbolOf = new Uint16Array(65536);
  /** Pattern code unit → alphabet symbol + 1 (0: not in any pattern). */
  private readonly patternSymbol = new Uint16Array(65536);
  private readonly alphabetSize: number;
  /** delta[node * alphabetSize + symbol] = (next node * alphabetSize) << 1 | (1 when the next node has outputs). */
  private readonly delta: Int32Array;
  /** Pattern indexes recognized at node n, suffixes reached by failure links included: outputs[outStart[n] .. outStart[n + 1]). */
  private readonly outStart: Int32Array;
  private readonly outputs: Int32Array;
  readonly patternLengths: number[];

  /** `fold` maps each text code unit before matching; patterns must already be in folded form. */
  constructor(
    patterns: readonly string[],
    private readonly fold: (code: number) => number = (code) => code,
  ) {
    this.patternLengths = patterns.map((p) => p.length);
    // Typed-array lookups rather than a Map: this runs once, at cold start, mostly interpreted.
    const patternSymbol = this.patternSymbol;
    let alphabet = 0;
    for (const pattern of patterns) {
      if (pattern.length === 0) throw new Error('empty pattern');
      for (let i = 0; i < pattern.length; i++) {
        const unit = pattern.charCodeAt(i);
        if (patternSymbol[unit] === 0) patternSymbol[unit] = ++alphabet;
      }
    }
    const size = Math.max(1, alphabet);
    this.alphabetSize = size;

    // The trie: dense child lookup while inserting, plus each node's children as a linked list
    // (firstChild / nextSibling / symbolOfNode) for the breadth-first pass below.
    let capacity = 64;
    let delta = new Int32Array(capacity * size);
    let firstChild = new Int32Array(capacity);
    let nextSibling = new Int32Array(capacity);
    let symbolOfNode = new Int32Array(capacity);
    let nodes = 1;
    const terminal: number[][] = [[]];
    for (let index = 0; index < patterns.length; index++) {
      const pattern = patterns[index]!;
      let node = 0;
      for (let i = 0; i < pattern.length; i++) {
        const symbol = patternSymbol[pattern.charCodeAt(i)]! - 1;
        let next = delta[node * size + symbol]!;
        if (next === 0) {
          if (nodes === capacity) {
            capacity *= 2;
            delta = grow(delta, capacity * size);
            firstChild = grow(firstChild, capacity);
            nextSibling = grow(nextSibling, capacity);
            symbolOfNode = grow(symbolOfNode, capacity);
          }
          next = nodes++;
          terminal.push([]);
          delta[node * size + symbol] = next;
          symbolOfNode[next] = symbol;
          nextSibling[next] = firstChild[node]!;
          firstChild[node] = next;
        }
        node = next;
      }
      terminal[node]!.push(index);
    }
    delta = delta.slice(0, nodes * size);

    // Breadth-first. A node's row starts as a copy of its failure node's row (a native copy: cheap even
    // interpreted at cold start), then gets its own children. Each cell holds the target's row offset
    // (node × alphabet size: a scan step needs no multiply) shifted left, with the low bit set when the
    // target has outputs, so a scan reads the output table only on a match. Shallower nodes are final
    // before deeper ones copy them, so the encoding is settled as each node is reached.
    const fail = new Int32Array(nodes);
    const hasOutput = new Uint8Array(nodes);
    const outputsOf: number[][] = terminal;
    const order = new Int32Array(nodes);
    let tail = 0;
    delta.fill(0, 0, size);
    for (let child = firstChild[0]!; child !== 0; child = nextSibling[child]!) {
      hasOutput[child] = outputsOf[child]!.length > 0 ? 1 : 0;
      delta[symbolOfNode[child]!] = ((child * size) << 1) | hasOutput[child]!;
      order[tail++] = child;
    }
    for (let head = 0; head < tail; head++) {
      const node = order[head]!;
      const row = node * size;
      const failRow = fail[node]! * size;
      delta.copyWithin(row, failRow, failRow + size);
      for (let child = firstChild[node]!; child !== 0; child = nextSibling[child]!) {
        const symbol = symbolOfNode[child]!;
        const failChild = (delta[failRow + symbol]! >> 1) / size;
        fail[child] = failChild;
        hasOutput[child] = outputsOf[child]!.length > 0 || hasOutput[failChild] === 1 ? 1 : 0;
        delta[row + symbol] = ((child * size) << 1) | hasOutput[child]!;
        order[tail++] = child;
      }
      const inherited = outputsOf[fail[node]!]!;
      if (inherited.length > 0) outputsOf[node] = outputsOf[node]!.concat(inherited);
    }
    this.delta = delta;
    this.outStart = new Int32Array(nodes + 1);
    let total = 0;
    for (let n = 0; n < nodes; n++) {
      this.outStart[n] = total;
      total += outputsOf[n]!.length;
    }
    this.outStart[nodes] = total;
    this.outputs = new Int32Array(total);
    for (let n = 0; n < nodes; n++) this.outputs.set(outputsOf[n]!, this.outStart[n]!);
  }

  private lookUp(code: number): number {
    const symbolPlusOne = this.patternSymbol[this.fold(code)]!;
    const entry = symbolPlusOne === 0 ? 1 : symbolPlusOne + 1;
    this.symbolOf[code] = entry;
    return entry;
  }

  /** Appends every occurrence within text[from, to) to `into`, starting from the root at `from`. */
  scanInto(text: string, into: MatchBuffer, from = 0, to = text.length): void {
    const { delta, symbolOf } = this;
    let row = 0;
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      let entry = symbolOf[code]!;
      if (entry <= 1) {
        if (entry === 0) entry = this.lookUp(code);
        if (entry === 1) {
          row = 0;
          continue;
        }
      }
      const step = delta[row + entry - 2]!;
      row = step >> 1;
      if ((step & 1) !== 0) this.emit(row / this.alphabetSize, i + 1, into);
    }
  }

  private emit(node: number, end: number, into: MatchBuffer): void {
    const to = this.outStart[node + 1]!;
    for (let k = this.outStart[node]!; k < to; k++) into.push(this.outputs[k]!, end);
  }

  /** Calls `onMatch(patternIndex, end)` for every occurrence; `end` is exclusive. */
  scan(text: string, onMatch: (patternIndex: number, end: number) => void): void {
    const buffer = new MatchBuffer();
    this.scanInto(text, buffer);
    for (let k = 0; k < buffer.count; k++) onMatch(buffer.patterns[k]!, buffer.ends[k]!);
  }
}
