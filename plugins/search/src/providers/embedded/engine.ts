// One generation of the embedded index: the structured columns (DocStore) and the text engine (TextIndex),
// always updated together. A reindex builds a new generation and swaps it in.
import type { SearchDocument } from '../../contract/types';
import { DocStore } from './doc-store';
import { TextIndex } from './text-index';

/** A DocStore and a TextIndex kept in step. */
export class EmbeddedIndex {
  readonly store = new DocStore();
  readonly text = new TextIndex();

  /** Inserts or replaces one document. */
  upsert(doc: SearchDocument): void {
    const slot = this.store.upsert(doc);
    this.text.upsert(slot, doc);
  }

  /** Removes one document by id (unknown ids are ignored). */
  remove(id: string): void {
    const slot = this.store.remove(id);
    if (slot !== undefined) this.text.discard(slot);
  }

  /** Live documents. */
  get count(): number {
    return this.store.live;
  }
}
