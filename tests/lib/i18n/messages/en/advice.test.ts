import { describe, expect, it } from 'vitest';
import { isStepTitleKey } from '../../../../../lib/advice/titles';
import { ADVICE_EN } from '../../../../../lib/i18n/messages/en/advice';
import { UI_EN } from '../../../../../lib/i18n/messages/en/ui';
import { messageArguments, unreadableArguments } from '../../../../fixtures/pseudo-catalog';

const entries = Object.entries(ADVICE_EN);

describe('the English advice catalog', () => {
  it('holds ICU messages whose arguments all have names a translator can read', () => {
    expect(unreadableArguments(ADVICE_EN)).toEqual([]);
  });

  it('keeps its keys apart from the pages’ keys, under its own prefixes', () => {
    expect(entries.filter(([key]) => !/^(advice|tiktok)\.[A-Za-z0-9.]+$/.test(key)).map(([key]) => key)).toEqual([]);
    expect(Object.keys(UI_EN).filter((key) => Object.hasOwn(ADVICE_EN, key))).toEqual([]);
  });

  it('gives each step title its own words and no arguments, so a title stored as words finds its message', () => {
    const titles = entries.filter(([key]) => isStepTitleKey(key));
    expect(titles.length).toBeGreaterThan(40);
    expect(titles.filter(([, english]) => messageArguments(english).size > 0)).toEqual([]);
    expect(new Set(titles.map(([, english]) => english)).size).toBe(titles.length);
  });
});
