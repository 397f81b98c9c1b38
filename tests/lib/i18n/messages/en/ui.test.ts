import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../../../lib/i18n/translator';
import { UI_EN } from '../../../../../lib/i18n/messages/en/ui';
import { messageArguments } from '../../../../fixtures/pseudo-catalog';

const entries = Object.entries(UI_EN);

describe('the English UI catalog', () => {
  it('holds ICU messages whose arguments all have names a translator can read', () => {
    const bad: string[] = [];
    for (const [key, message] of entries) {
      try {
        for (const name of messageArguments(message).keys())
          if (!/^[a-z][A-Za-z]*$/.test(name)) bad.push(`${key}: {${name}}`);
      } catch (error) {
        bad.push(`${key}: ${String(error)}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('has no `_one`/`_other` pairs left: counts are ICU plurals inside one message', () => {
    // `contact_other` is the channel "Other", not a plural form: a pair is a base with `_one` and `_other`.
    const keys = new Set(Object.keys(UI_EN));
    const bases = [...keys].filter((key) => key.endsWith('_other')).map((key) => key.slice(0, -'_other'.length));
    expect(
      bases.filter((base) => ['zero', 'one', 'two', 'few', 'many'].some((form) => keys.has(`${base}_${form}`))),
    ).toEqual([]);
  });

  it('says counts in the plural form English needs', () => {
    const text = createTranslator('en', UI_EN, UI_EN);
    expect(text.t('casesShown', { shown: 1, total: 4 })).toBe('1 case shown, 4 in all.');
    expect(text.t('casesShown', { shown: 2, total: 4 })).toBe('2 cases shown, 4 in all.');
    expect(text.t('badgeCasesDue', { count: 1 })).toBe('Carrier Finder: 1 case due today');
    expect(text.t('badgeCasesDue', { count: 3 })).toBe('Carrier Finder: 3 cases due today');
  });
});
