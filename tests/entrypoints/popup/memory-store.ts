import type { CaseStore } from '../../../entrypoints/popup/use-case';
import { emptyCaseBook } from '../../../lib/cases/cases';
import type { CaseBook } from '../../../lib/cases/types';

/**
 * Cases in memory, written as the extension's storage item does: `update` reads (one round trip, as storage answers
 * in a later task) then writes a fresh copy; `writeAtOnce` writes in the same task.
 */
export function memoryStore(initial: CaseBook = emptyCaseBook()): CaseStore & { value: CaseBook } {
  const store = {
    value: initial,
    async update(change: (book: CaseBook) => CaseBook) {
      await new Promise((answered) => setTimeout(answered, 0));
      const current = structuredClone(store.value);
      const next = change(current);
      if (next !== current) store.value = structuredClone(next);
      return structuredClone(store.value);
    },
    async writeAtOnce(book: CaseBook) {
      store.value = structuredClone(book);
    },
  };
  return store;
}
