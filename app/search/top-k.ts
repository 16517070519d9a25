/** The k best documents by score (ties: lower document number first), in a binary min-heap. */
export class TopK {
  private readonly docs: Int32Array;
  private readonly scores: Float64Array;
  private size = 0;

  constructor(private readonly k: number) {
    this.docs = new Int32Array(k);
    this.scores = new Float64Array(k);
  }

  /** True when (sa, da) ranks below (sb, db). */
  private static worse(sa: number, da: number, sb: number, db: number): boolean {
    return sa < sb || (sa === sb && da > db);
  }

  offer(doc: number, score: number): void {
    if (this.k === 0) return;
    if (this.size < this.k) {
      let i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!TopK.worse(score, doc, this.scores[parent], this.docs[parent])) break;
        this.docs[i] = this.docs[parent];
        this.scores[i] = this.scores[parent];
        i = parent;
      }
      this.docs[i] = doc;
      this.scores[i] = score;
      return;
    }
    // Most documents lose to the current worst of the k and stop here.
    if (!TopK.worse(this.scores[0], this.docs[0], score, doc)) return;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.size) break;
      const r = l + 1;
      const c = r < this.size && TopK.worse(this.scores[r], this.docs[r], this.scores[l], this.docs[l]) ? r : l;
      if (!TopK.worse(this.scores[c], this.docs[c], score, doc)) break;
      this.docs[i] = this.docs[c];
      this.scores[i] = this.scores[c];
      i = c;
    }
    this.docs[i] = doc;
    this.scores[i] = score;
  }

  /** Best first. */
  sorted(): number[] {
    const slots = Array.from({ length: this.size }, (_, i) => i);
    slots.sort((a, b) => this.scores[b] - this.scores[a] || this.docs[a] - this.docs[b]);
    return slots.map((i) => this.docs[i]);
  }
}
