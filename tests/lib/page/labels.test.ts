import { describe, expect, it } from 'vitest';
import { LABEL_INDEX, MODE_INDEX, STATUS_INDEX } from '../../../lib/page/dictionary';
import { FIELD_LABELS, LANGS, type FieldKind } from '../../../lib/page/labels';
import { MONTH_NAMES, SHIPPING_MODE_PHRASES, STATUS_PHRASES } from '../../../lib/page/phrases';
import { textKey } from '../../../lib/page/text';

const ESSENTIAL: FieldKind[] = [
  'tracking-number',
  'carrier',
  'order-id',
  'status',
  'shipping-mode',
  'date-ordered',
  'date-estimated-delivery',
];

const SETS = [...FIELD_LABELS, ...STATUS_PHRASES, ...SHIPPING_MODE_PHRASES];

describe('the label dictionary', () => {
  it.each(LANGS)('has the essential labels in %s', (lang) => {
    const kinds = new Set(FIELD_LABELS.filter((set) => set.lang === lang).map((set) => set.kind));
    expect(ESSENTIAL.filter((kind) => !kinds.has(kind))).toEqual([]);
  });

  it('names a source for every entry: an https URL with its check date, or says it is unsourced', () => {
    const bad = SETS.filter(
      (set) =>
        !set.source.startsWith('unsourced: ') &&
        (!set.source.startsWith('https://') || !/^\d{4}-\d{2}-\d{2}$/.test(set.checked ?? '')),
    );
    expect(bad).toEqual([]);
  });

  it('never gives one label two meanings, in any language', () => {
    const kinds = new Map<string, FieldKind>();
    const clashes: string[] = [];
    for (const set of FIELD_LABELS) {
      for (const label of set.labels) {
        const key = textKey(label);
        if ((kinds.get(key) ?? set.kind) !== set.kind) clashes.push(label);
        kinds.set(key, set.kind);
      }
    }
    expect(clashes).toEqual([]);
    expect(LABEL_INDEX.size).toBe(kinds.size);
  });

  it('never gives one status or shipping-mode phrase two meanings', () => {
    const clashes: string[] = [];
    for (const set of STATUS_PHRASES)
      for (const phrase of set.phrases) if (STATUS_INDEX.get(textKey(phrase)) !== set.value) clashes.push(phrase);
    for (const set of SHIPPING_MODE_PHRASES)
      for (const phrase of set.phrases) if (MODE_INDEX.get(textKey(phrase)) !== set.value) clashes.push(phrase);
    expect(clashes).toEqual([]);
  });

  it('has twelve months for every language with month words', () => {
    const incomplete = MONTH_NAMES.filter((l) => l.months.length !== 12 || l.months.some((names) => !names.length));
    expect(incomplete).toEqual([]);
  });
});
