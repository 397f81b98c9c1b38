import type { CaseStore } from '../../../entrypoints/popup/use-case';
import { emptyCaseBook } from '../../../lib/cases/cases';
import type { CaseBook } from '../../../lib/cases/types';

/** Cases in memory, written through `update` as the extension's storage item does (a fresh copy each time). */
export function memoryStore(initial: CaseBook = emptyCaseBook()): CaseStore & { value: CaseBook } {
  const store = {
    value: initial,
    async update(change: (book: CaseBook) => CaseBook) {
      const current = structuredClone(store.value);
      const next = change(current);
      if (next !== current) store.value = structuredClone(next);
      return structuredClone(store.value);
    },
  };
  return store;
}
