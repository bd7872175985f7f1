// The national certificate coding rule (22 characters, seven parts), with its boundaries: length 21/22/23,
// the letter, the province, the level 0/1/5/6 and the serial 0/1/999999/1000000.
import { describe, expect, it } from 'vitest';
import {
  CERTIFICATE_KIND_LETTER,
  certificateNumberPrefix,
  formatCertificateNumber,
  parseCertificateNumber,
  PROVINCIAL_INSTITUTION_CODE,
} from './certificate-number.js';

const guizhouEmployer = {
  kindLetter: CERTIFICATE_KIND_LETTER.employer,
  institutionCode: PROVINCIAL_INSTITUTION_CODE,
  provinceCode: '52',
  siteSequence: '000123',
  year: 2026,
  level: 3,
};

describe('证书编码规则: the seven parts in 22 characters', () => {
  it('puts the parts in their places: Y | 0000 | 52 | 000123 | 26 | 3 | 000001', () => {
    const n = formatCertificateNumber(certificateNumberPrefix(guizhouEmployer), 1);
    expect(n).toBe('Y000052000123263000001');
    expect(n).toHaveLength(22);
  });

  it('reads the published example back: Y0001 23 … 19 5 000001 (a ministry-filed employer in 黑龙江)', () => {
    const r = parseCertificateNumber('Y000123000045195000001');
    expect(r).toEqual({
      ok: true,
      value: {
        number: 'Y000123000045195000001',
        kindLetter: 'Y',
        institutionCode: '0001',
        provinceCode: '23',
        siteSequence: '000045',
        year: 2019,
        level: 5,
        serial: 1,
      },
    });
  });

  it('round-trips every kind of institution: the letter is Y for an employer, S otherwise (decision 0024)', () => {
    expect(CERTIFICATE_KIND_LETTER).toEqual({
      employer: 'Y',
      social_org: 'S',
      industry_org: 'S',
      school: 'S',
      training_org: 'S',
    });
    for (const kindLetter of ['Y', 'S'] as const) {
      const n = formatCertificateNumber(certificateNumberPrefix({ ...guizhouEmployer, kindLetter }), 42);
      const r = parseCertificateNumber(n);
      expect(r.ok && r.value.kindLetter).toBe(kindLetter);
      expect(r.ok && r.value.serial).toBe(42);
    }
  });

  it('accepts a number as people type it: full-width, lower case, spaces', () => {
    const r = parseCertificateNumber(' ｙ0000 52 000123 26 3 000001 ');
    expect(r.ok && r.value.number).toBe('Y000052000123263000001');
  });

  it('refuses 21 and 23 characters, with the count', () => {
    const short = parseCertificateNumber('Y00005200012326300000');
    expect(short).toMatchObject({ ok: false, code: 'CERTIFICATE_NUMBER_LENGTH' });
    expect(!short.ok && short.message_zh).toContain('21 位');
    expect(parseCertificateNumber('Y0000520001232630000011')).toMatchObject({ ok: false });
  });

  it('refuses a letter other than Y or S, and a level 0 or 6 (位 16 is 1–5)', () => {
    expect(parseCertificateNumber('X000052000123263000001')).toMatchObject({
      code: 'CERTIFICATE_NUMBER_FORMAT',
    });
    expect(parseCertificateNumber('Y000052000123260000001')).toMatchObject({
      code: 'CERTIFICATE_NUMBER_FORMAT',
    });
    expect(parseCertificateNumber('Y000052000123266000001')).toMatchObject({
      code: 'CERTIFICATE_NUMBER_FORMAT',
    });
    expect(parseCertificateNumber('Y000052000123261000001').ok).toBe(true);
    expect(parseCertificateNumber('Y000052000123265000001').ok).toBe(true);
  });

  it('refuses a province code that is none (位 6–7: 00, 99)', () => {
    expect(parseCertificateNumber('Y000000000123263000001')).toMatchObject({
      code: 'CERTIFICATE_NUMBER_PROVINCE',
    });
    expect(parseCertificateNumber('Y000099000123263000001')).toMatchObject({
      code: 'CERTIFICATE_NUMBER_PROVINCE',
    });
  });

  it('numbers serials 000001–999999: 0 and 1,000,000 are refused', () => {
    const prefix = certificateNumberPrefix(guizhouEmployer);
    expect(formatCertificateNumber(prefix, 999_999)).toBe('Y000052000123263999999');
    expect(() => formatCertificateNumber(prefix, 0)).toThrow(RangeError);
    expect(() => formatCertificateNumber(prefix, 1_000_000)).toThrow(RangeError);
    expect(parseCertificateNumber('Y000052000123263000000')).toMatchObject({
      code: 'CERTIFICATE_NUMBER_SERIAL',
    });
  });

  it('refuses parts out of their shape when building a prefix', () => {
    expect(() => certificateNumberPrefix({ ...guizhouEmployer, institutionCode: '12345' })).toThrow(
      RangeError,
    );
    expect(() => certificateNumberPrefix({ ...guizhouEmployer, provinceCode: '99' })).toThrow(RangeError);
    expect(() => certificateNumberPrefix({ ...guizhouEmployer, siteSequence: '12345' })).toThrow(RangeError);
    expect(() => certificateNumberPrefix({ ...guizhouEmployer, level: 6 })).toThrow(RangeError);
    expect(() => certificateNumberPrefix({ ...guizhouEmployer, year: 2100 })).toThrow(RangeError);
  });
});
