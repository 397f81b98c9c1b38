/**
 * The formats of ../shared/research/formats-asia-latam-jp.md (South-East Asia, Japan, China, Latin America): each
 * one from the research's own example numbers, from numbers this test generates with its own check-digit code
 * (./generate.ts, independent of lib/tracking/checksums.ts), and from those numbers with one digit changed. The
 * expected grade, basis and confidence of every format are written out here from the research, not read from the
 * table under test.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  TRACKING_FORMATS,
  identify,
  scan,
  type Basis,
  type Confidence,
  type EvidenceGrade,
} from '../../../lib/tracking';
import { corruptOneDigit, generateLaidOut, seededRandom } from './generate';

interface Expected {
  carrier: string;
  grade: EvidenceGrade;
  /** What a valid number's candidate rests on. */
  basis: Basis;
  confidence: Confidence;
  /** The country whose orders it belongs to, when the format is tied to one. */
  market?: string;
  /** Example numbers the research quotes (real-looking ones, or the carrier's own samples). */
  examples: string[];
}

const RESEARCHED: Record<string, Expected> = {
  'jt-express-jx': {
    carrier: 'jt-express',
    grade: 'b',
    basis: 'prefix',
    confidence: 'high',
    market: 'ID',
    examples: ['JX7053814071', 'JX6226019237', 'JX8009962760'],
  },
  'jt-express-id': {
    carrier: 'jt-express',
    grade: 'c',
    basis: 'prefix',
    confidence: 'medium',
    market: 'ID',
    examples: ['JP5072275836', 'JP5075192127', 'JO0055224872'],
  },
  'jt-express-cn': {
    carrier: 'jt-express',
    grade: 'c',
    basis: 'prefix',
    confidence: 'medium',
    market: 'CN',
    examples: ['JT0006968326954', 'JT3002232682242'],
  },
  'jt-express-my': {
    carrier: 'jt-express',
    grade: 'a',
    basis: 'length',
    confidence: 'medium',
    market: 'MY',
    examples: ['630002864925', '670002864925'],
  },
  'jt-express-vn': {
    carrier: 'jt-express',
    grade: 'c',
    basis: 'length',
    confidence: 'low',
    market: 'VN',
    examples: ['862350452337', '862359057088', '862335170133', '841108686827'],
  },
  'jt-cargo-vn': {
    carrier: 'jt-cargo',
    grade: 'c',
    basis: 'length',
    confidence: 'low',
    market: 'VN',
    examples: ['530682360208', '530780930208'],
  },
  'ninja-van-nlidap': {
    carrier: 'ninja-van',
    grade: 'c',
    basis: 'prefix',
    confidence: 'medium',
    market: 'ID',
    examples: [],
  },
  'ninja-van': {
    carrier: 'ninja-van',
    grade: 'd',
    basis: 'prefix',
    confidence: 'medium',
    examples: ['NVSGFSMDM010203125', 'NVSG00000000000000', 'NIVN1098946559'],
  },
  spx: {
    carrier: 'spx',
    grade: 'c',
    basis: 'prefix',
    confidence: 'medium',
    examples: [
      'SPXID052542346665',
      'SPXID062240584946',
      'SPXID05740590895B',
      'SPXID056491703733',
      'SPXMY043978601057',
      'SPXMY04482646165C',
      'SPXMY02044035775B',
      'SPXMY061509414257',
      'SPXVN062390400939',
      'SPXVN069617599739',
    ],
  },
  'spx-my': {
    carrier: 'spx',
    grade: 'c',
    basis: 'prefix',
    confidence: 'medium',
    market: 'MY',
    examples: ['MY068121614929', 'MY06504484563A'],
  },
  'spx-ph': {
    carrier: 'spx',
    grade: 'c',
    basis: 'prefix',
    confidence: 'medium',
    market: 'PH',
    examples: ['PH123456789012A'],
  },
  'spx-id-old': { carrier: 'spx', grade: 'c', basis: 'prefix', confidence: 'low', market: 'ID', examples: [] },
  'singpost-registered': {
    carrier: 'singpost',
    grade: 'a',
    basis: 'prefix',
    confidence: 'medium',
    market: 'SG',
    examples: [],
  },
  'singpost-smartpac': {
    carrier: 'singpost',
    grade: 'a',
    basis: 'prefix',
    confidence: 'high',
    market: 'SG',
    examples: ['SM000000001SG'],
  },
  'pos-malaysia-pl': {
    carrier: 'pos-malaysia',
    grade: 'c',
    basis: 'prefix',
    confidence: 'low',
    market: 'MY',
    examples: [],
  },
  'ghtk-label': {
    carrier: 'ghtk',
    grade: 'a',
    basis: 'prefix',
    confidence: 'high',
    market: 'VN',
    examples: ['S1.A1.17373471', 'S14268.MB19.C11.540364691', 'S22843210.MB1.A12.1234567890'],
  },
  'ghn-vngh': {
    carrier: 'ghn',
    grade: 'c',
    basis: 'prefix',
    confidence: 'medium',
    market: 'VN',
    examples: ['VNGH80148629202'],
  },
  'ghn-order': {
    carrier: 'ghn',
    grade: 'c',
    basis: 'prefix',
    confidence: 'low',
    market: 'VN',
    examples: ['GYY3XU88', 'GY8H6K7D', 'GYA36XH8'],
  },
  'viettel-post-shopee': {
    carrier: 'viettel-post',
    grade: 'd',
    basis: 'prefix',
    confidence: 'medium',
    market: 'VN',
    examples: ['SHOPEEVTPVN262117967761D'],
  },
  'best-express-vn': {
    carrier: 'best-express',
    grade: 'd',
    basis: 'length',
    confidence: 'low',
    market: 'VN',
    examples: [],
  },
  'sicepat-00': {
    carrier: 'sicepat',
    grade: 'c',
    basis: 'length',
    confidence: 'low',
    market: 'ID',
    examples: ['005208225151', '002927168687', '005252506571'],
  },
  'jne-15': {
    carrier: 'jne',
    grade: 'c',
    basis: 'length',
    confidence: 'low',
    market: 'ID',
    examples: ['010190001491925'],
  },
  'anteraja-14': { carrier: 'anteraja', grade: 'c', basis: 'length', confidence: 'low', market: 'ID', examples: [] },
  'id-express-ids': {
    carrier: 'id-express',
    grade: 'c',
    basis: 'prefix',
    confidence: 'low',
    market: 'ID',
    examples: [],
  },
  'lion-parcel-lp': {
    carrier: 'lion-parcel',
    grade: 'd',
    basis: 'prefix',
    confidence: 'low',
    market: 'ID',
    examples: ['11LP1700187536'],
  },
  'cainiao-lp': {
    carrier: 'cainiao',
    grade: 'c',
    basis: 'prefix',
    confidence: 'medium',
    examples: ['LP00139185155139', 'LP00611223344556', 'LP00612345678901'],
  },
  'cainiao-ap': { carrier: 'cainiao', grade: 'c', basis: 'prefix', confidence: 'low', examples: ['AP00819233764158'] },
  '4px': {
    carrier: '4px',
    grade: 'd',
    basis: 'prefix',
    confidence: 'medium',
    examples: ['4PX3003088587125CN', '4PX3002555902331CN', '4PX3001957565250CN'],
  },
  'yanwen-yp': {
    carrier: 'yanwen',
    grade: 'c',
    basis: 'prefix',
    confidence: 'medium',
    examples: ['UK000000005YP', 'UY894729184YP'],
  },
  'yanwen-ywe': {
    carrier: 'yanwen',
    grade: 'd',
    basis: 'prefix',
    confidence: 'medium',
    examples: ['YWE00001506996989'],
  },
  'sf-express': {
    carrier: 'sf-express',
    grade: 'c',
    basis: 'prefix',
    confidence: 'medium',
    examples: ['SF7444471039325', 'SF1040276461418', 'SF7444473356235', 'SF7444400067318'],
  },
  // The three Japanese carriers: 12 digits whose last is the first 11 modulo 7. 123456789013 is the worked example of
  // a Yamato explainer ("1234-5678-901?" -> 3).
  'yamato-12': {
    carrier: 'yamato',
    grade: 'c',
    basis: 'check-digit',
    confidence: 'medium',
    market: 'JP',
    examples: ['444413758703', '123456789013'],
  },
  'sagawa-12': {
    carrier: 'sagawa',
    grade: 'c',
    basis: 'check-digit',
    confidence: 'medium',
    market: 'JP',
    examples: ['512547514334'],
  },
  'japan-post-12': {
    carrier: 'japan-post',
    grade: 'c',
    basis: 'check-digit',
    confidence: 'medium',
    market: 'JP',
    examples: ['405548424886'],
  },
  'jadlog-14': { carrier: 'jadlog', grade: 'c', basis: 'length', confidence: 'low', market: 'BR', examples: [] },
  estafeta: {
    carrier: 'estafeta',
    grade: 'c',
    basis: 'length',
    confidence: 'low',
    market: 'MX',
    examples: ['3039999999061710015581'],
  },
};

const JAPANESE = ['yamato-12', 'sagawa-12', 'japan-post-12'];

const formatById = (id: string) => TRACKING_FORMATS.find((format) => format.id === id);

function candidateOf(number: string, formatId: string, region?: string) {
  return identify(number, region ? { region } : {}).find((c) => c.format === formatId);
}

describe('researched formats: the table', () => {
  it('has every researched format, with the research grade, its source and the 2026-11-30 check', () => {
    for (const [id, expected] of Object.entries(RESEARCHED)) {
      const format = formatById(id);
      expect({ id, carrier: format?.carrier, grade: format?.grade, checked: format?.checked }).toEqual({
        id,
        carrier: expected.carrier,
        grade: expected.grade,
        checked: '2026-11-30',
      });
      expect(format!.source).toMatch(/^(https:\/\/|\.\.\/shared\/research\/formats-asia-latam-jp\.md)/);
    }
  });

  it('gives a check digit only to the Japanese formats, and never the S10 check to Yanwen', () => {
    const withCheck = Object.keys(RESEARCHED).filter((id) => formatById(id)!.checksum !== undefined);
    expect(withCheck.toSorted()).toEqual(JAPANESE.toSorted());
    for (const id of withCheck) expect(formatById(id)!.checksum).toEqual({ algorithm: 'mod7' });
  });
});

describe('researched formats: the research examples', () => {
  for (const [id, expected] of Object.entries(RESEARCHED).filter(([, e]) => e.examples.length > 0)) {
    it(`${id}: ${expected.examples.join(', ')} come back as ${expected.carrier} (${expected.basis})`, () => {
      for (const number of expected.examples) {
        const candidate = candidateOf(number, id, expected.market);
        expect({ number, candidate }).toMatchObject({
          number,
          candidate: {
            carrier: expected.carrier,
            number,
            basis: expected.basis,
            grade: expected.grade,
            confidence: expected.confidence,
            checksum: expected.basis === 'check-digit',
          },
        });
      }
    });
  }
});

describe('researched formats: generated numbers', () => {
  const shapes = Object.keys(RESEARCHED).flatMap((id) =>
    formatById(id)!.patterns.map((pattern) => ({ id, format: formatById(id)!, pattern })),
  );

  it('a valid number comes back as its carrier, with the expected basis and confidence, in its market', () => {
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom(...shapes), (seed, { id, format, pattern }) => {
        const expected = RESEARCHED[id]!;
        const { number } = generateLaidOut(format, pattern, seededRandom(seed))!;
        const candidate = candidateOf(number, id, expected.market);
        expect({ id, number, candidate }).toMatchObject({
          id,
          number,
          candidate: {
            carrier: expected.carrier,
            basis: expected.basis,
            confidence: expected.confidence,
            checksum: expected.basis === 'check-digit',
          },
        });
      }),
      { numRuns: 600 },
    );
  });

  /** A valid number of `shape` with one digit changed where a typo keeps the shape (or on the check digit). */
  function corrupted(seed: number, { format, pattern }: (typeof shapes)[number]): string | undefined {
    const random = seededRandom(seed);
    const { number, freeDigits, checkAt } = generateLaidOut(format, pattern, random)!;
    const positions = checkAt >= 0 ? [...freeDigits, checkAt] : freeDigits;
    return positions.length > 0 ? corruptOneDigit(number, random, positions) : undefined;
  }

  it('one digit changed: a Japanese number no longer verifies as any of the three carriers', () => {
    const japanese = shapes.filter(({ format }) => format.checksum !== undefined);
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom(...japanese), (seed, shape) => {
        const number = corrupted(seed, shape)!;
        // Mod 7 catches every single changed digit: 10^k is never a multiple of 7. (Another carrier's check may pass
        // by chance, as FedEx's does for one random 12-digit number in ten: that is not the Japanese format.)
        const verified = identify(number, { region: 'JP' }).filter((c) => JAPANESE.includes(c.format));
        expect({ id: shape.id, number, verified }).toEqual({ id: shape.id, number, verified: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('one digit changed: formats without a check digit still fit, and nothing claims a verified check', () => {
    const unchecked = shapes.filter(({ format }) => format.checksum === undefined);
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom(...unchecked), (seed, shape) => {
        const number = corrupted(seed, shape);
        fc.pre(number !== undefined);
        const mine = identify(number!, { region: RESEARCHED[shape.id]!.market }).find((c) => c.format === shape.id);
        expect({ id: shape.id, number, found: mine !== undefined, checksum: mine?.checksum }).toEqual({
          id: shape.id,
          number,
          found: true,
          checksum: false,
        });
      }),
      { numRuns: 600 },
    );
  });
});

const carriers = (number: string, region?: string) => identify(number, region ? { region } : {}).map((c) => c.carrier);
/** Carrier and confidence of each candidate, best first. */
const ranked = (number: string, region?: string) =>
  identify(number, region ? { region } : {}).map((c) => `${c.carrier} ${c.confidence}`);

describe('shared 12-digit numbers, ranked by the order’s market', () => {
  it('630127384950 (the issue’s example) is J&T in Malaysia and, passing mod 7, the Japanese three in Japan', () => {
    // What fits the order's market answers alone: no Japanese guess on a Malaysian order, no J&T on a Japanese one.
    expect(ranked('630127384950', 'MY')).toEqual(['jt-express medium']);
    expect(ranked('630127384950', 'JP')).toEqual(['yamato medium', 'sagawa medium', 'japan-post medium']);
    // Nothing fits a Vietnamese or Indonesian order (J&T VN starts with 8, SiCepat with 00): the other markets'
    // fits are still offered, as low-confidence guesses, check digits first.
    for (const region of ['VN', 'ID'])
      expect({ region, c: ranked('630127384950', region) }).toEqual({
        region,
        c: ['yamato low', 'sagawa low', 'japan-post low', 'jt-express low'],
      });
    // No market known: the verified (if weak) check digits first, then the length-only fit.
    expect(ranked('630127384950')).toEqual([
      'yamato medium',
      'sagawa medium',
      'japan-post medium',
      'jt-express medium',
    ]);
  });

  it('a 6… number that also verifies as FedEx Express: J&T first in Malaysia, FedEx alone in the US', () => {
    expect(carriers('630127384904', 'MY')).toEqual(['jt-express', 'fedex']);
    expect(carriers('630127384904', 'US')).toEqual(['fedex']);
  });

  it('8… is J&T Vietnam (and Best Express for 81…) in Vietnam, and only a guess elsewhere', () => {
    expect(ranked('862350452337', 'VN')).toEqual(['jt-express low']);
    expect(ranked('812345678901', 'VN')).toEqual(['jt-express low', 'best-express low']);
    for (const region of ['MY', 'ID', 'JP'])
      expect({ region, c: ranked('862350452337', region) }).toEqual({ region, c: ['jt-express low'] });
  });

  it('00… is SiCepat in Indonesia, and only a guess elsewhere', () => {
    expect(ranked('005208225151', 'ID')).toEqual(['sicepat low']);
    for (const region of ['MY', 'VN', 'JP'])
      expect({ region, c: ranked('005208225151', region) }).toEqual({ region, c: ['sicepat low'] });
  });

  it('a Japanese mod-7 number is Yamato, Sagawa or Japan Post in Japan, with the reason each is offered', () => {
    const candidates = identify('444413758703', { region: 'JP' });
    expect(candidates.map((c) => [c.carrier, c.basis, c.checksum, c.confidence])).toEqual([
      ['yamato', 'check-digit', true, 'medium'],
      ['sagawa', 'check-digit', true, 'medium'],
      ['japan-post', 'check-digit', true, 'medium'],
    ]);
    // One random 12-digit number in seven passes mod 7: for an order from elsewhere, a low-confidence guess only.
    for (const region of ['MY', 'VN', 'ID', 'US'])
      expect({ region, c: ranked('444413758703', region) }).toEqual({
        region,
        c: ['yamato low', 'sagawa low', 'japan-post low'],
      });
  });
});

describe('prefixed families', () => {
  it('read the country SPX and Ninja Van code into their prefixes, and rank them first for that market', () => {
    expect(identify('SPXMY043978601057')[0]).toMatchObject({ carrier: 'spx', country: 'MY', basis: 'prefix' });
    expect(identify('NVSGFSMDM010203125')[0]).toMatchObject({ carrier: 'ninja-van', country: 'SG' });
    // MY + 12 is SPX's bare Malaysian form and also a DHL eCommerce MY prefix: a Malaysian order puts SPX first.
    expect(carriers('MY068121614929', 'MY')[0]).toBe('spx');
  });

  it('does not S10-validate Yanwen’s YP numbers, even one whose digits happen to pass the S10 arithmetic', () => {
    for (const number of ['UY894729184YP', 'UK000000005YP']) {
      const candidates = identify(number);
      expect(candidates.map((c) => [c.carrier, c.checksum, c.basis])).toEqual([['yanwen', false, 'prefix']]);
    }
  });

  it('gives an LP… S10 number to the issuing post first, with Cainiao behind it', () => {
    expect(identify('LP194594073SG').map((c) => [c.carrier, c.checksum, c.country])).toEqual([
      ['singpost', true, 'SG'],
      ['cainiao', true, 'SG'],
    ]);
  });

  it('lets the S10 check digit answer for a SingPost RA number when it verifies, the shape alone when it does not', () => {
    // RA + 47312482 + 9 (the S10 worked example's check digit) + SG.
    expect(identify('RA473124829SG')[0]).toMatchObject({ carrier: 'singpost', format: 's10', checksum: true });
    expect(identify('RA473124828SG')).toEqual([
      expect.objectContaining({ carrier: 'singpost', format: 'singpost-registered', checksum: false, basis: 'prefix' }),
    ]);
  });

  it('reads GHTK labels typed in lower case or selected with a label around them', () => {
    expect(identify('s1.a1.17373471')[0]).toMatchObject({ carrier: 'ghtk', number: 'S1.A1.17373471' });
    expect(identify('Mã vận đơn: S1.A1.17373471.')[0]).toMatchObject({ carrier: 'ghtk', number: 'S1.A1.17373471' });
    for (const text of ['1.250.000', '26.11.2024', 'S3.2.1024', 'S1.17373471', 'v1.2.3', 'www.ghtk.vn'])
      expect({ text, c: identify(text) }).toEqual({ text, c: [] });
  });
});

const found = (text: string, region?: string) =>
  scan(text, region ? { region } : {}).map((m) => [text.slice(m.start, m.end), m.candidates[0]!.carrier]);

describe('scan() in page text from these markets', () => {
  it('finds prefixed numbers and dotted GHTK labels with offsets on the original text', () => {
    const text = 'Mã vận đơn: S1.A1.17373471. SPX: SPXVN062390400939 (Giá 1.250.000đ, 26.11.2024), GHN VNGH80148629202';
    expect(found(text, 'VN')).toEqual([
      ['S1.A1.17373471', 'ghtk'],
      ['SPXVN062390400939', 'spx'],
      ['VNGH80148629202', 'ghn'],
    ]);
    expect(found('顺丰 SF7444471039325，4PX3003088587125CN、JX7053814071')).toEqual([
      ['SF7444471039325', 'sf-express'],
      ['4PX3003088587125CN', '4px'],
      ['JX7053814071', 'jt-express'],
    ]);
  });

  it('reports no bare 12-digit run, in any market: identify() answers for a number the user selects', () => {
    const email =
      'Hi Aisyah, your order 630127384950 from Kedai Murah has shipped. Resi 005208225151. お問い合わせ番号 4444-1375-8703. ' +
      'Mã 862350452337.';
    for (const region of [undefined, 'MY', 'VN', 'ID', 'JP']) {
      expect({ region, found: found(email, region) }).toEqual({ region, found: [] });
    }
    expect(carriers('630127384950', 'MY')).toEqual(['jt-express']);
    expect(identify('Resi: 005208225151', { region: 'ID' })[0]?.carrier).toBe('sicepat');
    expect(identify('お問い合わせ番号 4444-1375-8703', { region: 'JP' })[0]?.carrier).toBe('yamato');
  });

  it('does not report phone numbers, order ids, dates, prices or postcodes from these markets', () => {
    const texts = [
      'Hubungi +60 12-345 6789 atau 012-345 6789',
      'Call 601234567890 or +6281234567890, Zalo 0912345678',
      'SĐT: 84 912 345 678 / 0912 345 678',
      'Order ID: 576461413038785752 · 582362672348497014',
      'Đặt ngày 26/11/2024 lúc 10:30, giao 2024-11-28',
      'Total RM 1,299.00 · Rp 1.250.000 · ₫1.250.000 · ¥12,800',
      'Kuala Lumpur 50450 · Jakarta 10110 · 〒100-0001 東京都 · Hà Nội 100000',
    ];
    for (const region of [undefined, 'MY', 'VN', 'ID', 'JP', 'PH', 'TH', 'SG']) {
      for (const text of texts)
        expect({ region, text, found: found(text, region) }).toEqual({ region, text, found: [] });
    }
    // The user may select an order id by mistake: it is still not a tracking number.
    expect(identify('576461413038785752', { region: 'MY' })).toEqual([]);
    expect(identify('Order ID: 582362672348497014', { region: 'ID' })).toEqual([]);
  });
});
