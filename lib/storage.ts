/**
 * Versioned, validated storage items. The extension keeps its data through WXT's storage utility
 * (`storage.defineItem`, https://wxt.dev/storage.html); lib/ stays framework-free, so that utility is passed in
 * (the entrypoints pass WXT's `storage`, tests pass the same object over WXT's fake browser).
 *
 * One item is one `ItemSpec`: its key, its version, a tolerant reader and the migrations from older versions.
 * What this layer adds to WXT's items:
 * - Reading never fails: whatever storage holds (a current value, a corrupted one, one written by a newer version)
 *   goes through the spec's `read`, which gives a usable value, field by field where the shape allows.
 * - A value written by a NEWER version is kept. WXT refuses to migrate it (its `migrate()` throws "Version downgrade
 *   detected", logs the error and leaves value and version alone) but would still let `setValue` overwrite it with
 *   this version's shape under the newer version number. Here `load()` reports it and every write refuses, so a
 *   user who goes back to an older build loses nothing.
 * - A migration that throws leaves the value for `read` to make the best of, instead of blocking the item.
 */

/** WXT's storage areas this extension uses: `local` (kept on this device) and `session` (memory only). */
export type StorageKey = `local:${string}` | `session:${string}`;

/** A function that turns a value of the previous version into this version's shape. */
export type Migration = (previous: unknown) => unknown;

/** Everything that defines one stored item. Adding an item to the extension is writing one of these. */
export interface ItemSpec<T> {
  key: StorageKey;
  /** The version of the shape this build writes; starts at 1, and each bump comes with `migrations[version]`. */
  version: number;
  /**
   * Turns whatever storage returned (null when nothing is stored) into a usable value. Must not throw: a corrupted
   * field gives its default while the rest survives, and nothing at all gives the item's empty value.
   */
  read: (raw: unknown) => T;
  /**
   * `migrations[n]` turns a version n-1 value into version n. Values are untrusted (hand-edited, half-written), and a
   * migration may meet a value already in the new shape (when the version record was lost): make each one total and
   * idempotent.
   */
  migrations?: Readonly<Record<number, Migration>>;
}

/** The part of WXT's storage utility this module uses (`import { storage } from 'wxt/utils/storage'`). */
export interface StorageUtility {
  defineItem<TValue>(
    key: StorageKey,
    options: { fallback: TValue; version: number; migrations?: Record<number, (oldValue: any) => any> },
  ): {
    getValue(): Promise<TValue>;
    getMeta(): Promise<object>;
    setValue(value: TValue): Promise<void>;
    removeValue(): Promise<void>;
    watch(callback: (newValue: TValue, oldValue: TValue) => void): () => void;
  };
}

/** Thrown by writes when the stored value was written by a newer version of the extension. */
export class NewerVersionError extends Error {
  constructor(
    readonly key: string,
    readonly storedVersion: number,
  ) {
    super(`"${key}" was saved by a newer version of the extension (v${storedVersion}); it is kept as it is.`);
    this.name = 'NewerVersionError';
  }
}

export interface Loaded<T> {
  value: T;
  /** True when a newer version of the extension wrote the value: it is shown best-effort and never overwritten. */
  newer: boolean;
}

/** A stored item, as the extension's pages and background use it. */
export interface StoredItem<T> {
  readonly key: StorageKey;
  readonly version: number;
  /** The stored value, read tolerantly (the empty value when nothing is stored). Rejects only when storage fails. */
  get(): Promise<T>;
  /** `get()` plus whether the value comes from a newer version (then writes refuse). */
  load(): Promise<Loaded<T>>;
  /** Writes the value. Rejects with NewerVersionError rather than overwrite a newer version's value. */
  set(value: T): Promise<void>;
  /**
   * Writes the value at once, without reading storage first, so the write is on its way before the page can go:
   * Chrome closes an extension's popup when a permission prompt opens (the first "Remind me" asks for
   * notifications), and a read-then-write would never write. The caller vouches for what `set` checks: `load()`
   * found no value from a newer version.
   */
  setAtOnce(value: T): Promise<void>;
  /**
   * Reads fresh, applies `change`, and writes the result unless `change` returned the value it was given (the way
   * the case-log functions say "nothing to do"). Resolves to the value now stored.
   */
  update(change: (current: T) => T): Promise<T>;
  /** Deletes the value (its version record stays, so the next write keeps it). */
  remove(): Promise<void>;
  /**
   * Calls `onChange` with the new value and the one before, read tolerantly, whenever any part of the extension
   * writes it (including this one). Only the parameters `onChange` declares are read (see the implementation).
   * Returns the function that stops watching.
   */
  watch(onChange: (value: T, previous: T) => void): () => void;
}

/** The stored version number of an item; WXT keeps it in metadata (`<key>$` = `{ v }`), and 1 when it has none. */
function versionOf(meta: object): number {
  const version = Number((meta as { v?: unknown }).v ?? 1);
  return Number.isFinite(version) ? version : 1;
}

/** Wraps each migration so that one that throws hands the value on unchanged (the reader copes with it). */
function safeMigrations(migrations: ItemSpec<unknown>['migrations']): Record<number, Migration> {
  const safe: Record<number, Migration> = {};
  for (const [version, migrate] of Object.entries(migrations ?? {})) {
    safe[Number(version)] = (previous) => {
      try {
        return migrate(previous);
      } catch {
        return previous;
      }
    };
  }
  return safe;
}

/** Defines one item over the storage utility. Cheap; WXT runs the item's migrations as soon as it is defined. */
export function defineStoredItem<T>(storage: StorageUtility, spec: ItemSpec<T>): StoredItem<T> {
  const raw = storage.defineItem<unknown>(spec.key, {
    fallback: null,
    version: spec.version,
    // Without migrations WXT skips its version bookkeeping: items that never had a second version pass none.
    ...(spec.migrations ? { migrations: safeMigrations(spec.migrations) } : {}),
  });

  const read = async (): Promise<{ value: T; version: number }> => {
    const [value, meta] = await Promise.all([raw.getValue(), raw.getMeta()]);
    return { value: spec.read(value), version: versionOf(meta) };
  };
  const refuseNewer = (version: number): void => {
    if (version > spec.version) throw new NewerVersionError(spec.key, version);
  };

  return {
    key: spec.key,
    version: spec.version,
    get: async () => spec.read(await raw.getValue()),
    async load() {
      const { value, version } = await read();
      return { value, newer: version > spec.version };
    },
    async set(value) {
      refuseNewer(versionOf(await raw.getMeta()));
      await raw.setValue(value);
    },
    setAtOnce: (value) => raw.setValue(value),
    async update(change) {
      const { value, version } = await read();
      const next = change(value);
      if (next === value) return value;
      refuseNewer(version);
      await raw.setValue(next);
      return next;
    },
    async remove() {
      refuseNewer(versionOf(await raw.getMeta()));
      await raw.removeValue();
    },
    watch: (onChange) =>
      raw.watch((value, previous) => {
        // Reading is not free (500 stored cases take tens of ms): only the values the callback declares are read,
        // so `(value) => ...` never pays for the previous one. (A callback with default or rest parameters counts
        // fewer; declare both when both are needed.)
        const wanted = onChange.length;
        onChange(
          wanted >= 1 ? spec.read(value) : (undefined as T),
          wanted >= 2 ? spec.read(previous) : (undefined as T),
        );
      }),
  };
}

/** Every item of a record of specs, defined over one storage utility. */
export function defineStoredItems<Specs extends Record<string, ItemSpec<any>>>(
  storage: StorageUtility,
  specs: Specs,
): { [Name in keyof Specs]: StoredItem<ReturnType<Specs[Name]['read']>> } {
  const items: Record<string, StoredItem<unknown>> = {};
  for (const [name, spec] of Object.entries(specs)) items[name] = defineStoredItem(storage, spec);
  return items as { [Name in keyof Specs]: StoredItem<ReturnType<Specs[Name]['read']>> };
}
