import { describe, expect, it } from 'vitest';
import { normalizeTrackingNumber } from '../../../lib/tracking';
import { CHAR_IGNORABLE, CHAR_OTHER, CHAR_SEPARATOR, charClass, isCanonical } from '../../../lib/tracking/normalize';

describe('normalizeTrackingNumber', () => {
  it('removes spaces, dashes and no-break spaces and upper-cases', () => {
    expect(normalizeTrackingNumber(' 1z 5r8-939\u00a00357\u202f567127 ')).toBe('1Z5R89390357567127');
  });

  it('folds full-width digits and letters (Asian pages)', () => {
    expect(normalizeTrackingNumber('ＪＸ７０５３８１４０７１')).toBe('JX7053814071');
    expect(normalizeTrackingNumber('ｊｘ７０５３\u3000８１４０７１')).toBe('JX7053814071');
  });

  it('drops line breaks and tabs inside a pasted number', () => {
    expect(normalizeTrackingNumber('9400 1112\n0108\t0805 4830 16')).toBe('9400111201080805483016');
  });

  it('drops zero-width characters and soft hyphens copied from web pages', () => {
    for (const ignorable of ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'])
      expect(normalizeTrackingNumber(`1Z999AA1${ignorable}0123456784`)).toBe('1Z999AA10123456784');
  });

  it('keeps other characters so callers can tell the input was not a bare number', () => {
    expect(normalizeTrackingNumber('Tracking: 1Z')).toBe('TRACKING:1Z');
    expect(normalizeTrackingNumber('1Z5R8939035756712é')).toBe('1Z5R8939035756712é');
  });

  it('returns already canonical input unchanged', () => {
    expect(normalizeTrackingNumber('RB123456785GB')).toBe('RB123456785GB');
  });
});

describe('charClass', () => {
  it('treats Unicode dashes and spaces as separators and punctuation as other', () => {
    for (const ch of ['-', ' ', '\u00a0', '\u2013', '\u2011', '\u3000', '\uff0d'])
      expect(charClass(ch.charCodeAt(0))).toBe(CHAR_SEPARATOR);
    for (const ch of ['.', ',', ':', '/', '+', '(', '\n', 'é']) expect(charClass(ch.charCodeAt(0))).toBe(CHAR_OTHER);
    for (const ch of ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'])
      expect(charClass(ch.charCodeAt(0))).toBe(CHAR_IGNORABLE);
  });
});

describe('isCanonical', () => {
  it('accepts only upper-case ASCII letters and digits', () => {
    expect(isCanonical('JX7053814071')).toBe(true);
    expect(isCanonical('jx7053814071')).toBe(false);
    expect(isCanonical('ＪＸ７')).toBe(false);
    expect(isCanonical('')).toBe(false);
  });
});
