import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyInput } from './any-input.test-support.js';
import { DOCUMENT_TYPE_LABELS, DOCUMENT_TYPES, parseDocumentNumber } from './document-number.js';
import { mod112CheckCharacter } from './id-number.js';

const withCheck = (first17: string): string => first17 + mod112CheckCharacter(first17);

describe('parseDocumentNumber', () => {
  it('labels every document type in Chinese and English', () => {
    for (const t of DOCUMENT_TYPES) {
      expect(DOCUMENT_TYPE_LABELS[t].zh).toMatch(/[\u4e00-\u9fff]/);
      expect(DOCUMENT_TYPE_LABELS[t].en.length).toBeGreaterThan(3);
    }
  });

  it('refuses an unknown type with INVALID_DOCUMENT_TYPE', () => {
    expect(parseDocumentNumber('military_id', '12345678')).toMatchObject({
      ok: false,
      code: 'INVALID_DOCUMENT_TYPE',
    });
  });

  describe('resident_id (居民身份证) dispatches to GB 11643', () => {
    it('accepts the standard example and upgrades a 15-digit number', () => {
      expect(parseDocumentNumber('resident_id', '11010519491231002x')).toMatchObject({
        ok: true,
        value: { type: 'resident_id', number: '11010519491231002X', identity: { birthDate: '1949-12-31' } },
      });
      expect(parseDocumentNumber('resident_id', '110105491231002')).toMatchObject({
        ok: true,
        value: { number: '11010519491231002X' },
      });
    });
    it('passes the ID number’s own error codes through', () => {
      expect(parseDocumentNumber('resident_id', '110105194912310021')).toMatchObject({
        ok: false,
        code: 'INVALID_ID_NUMBER_CHECK',
      });
      const future = withCheck('11010520300101002');
      expect(parseDocumentNumber('resident_id', future, { asOf: '2026-01-01' })).toMatchObject({
        ok: false,
        code: 'INVALID_ID_NUMBER_BIRTH_DATE',
      });
    });
    it('sends a 港澳台居民居住证 number to its own type', () => {
      expect(parseDocumentNumber('resident_id', withCheck('81000019900101002'))).toMatchObject({
        ok: false,
        code: 'INVALID_DOCUMENT_TYPE_MISMATCH',
      });
    });
  });

  describe('hmt_residence_permit (港澳台居民居住证)', () => {
    it('accepts 810000 / 820000 / 830000 numbers with a correct MOD 11-2 check', () => {
      for (const prefix of ['810000', '820000', '830000']) {
        const n = withCheck(`${prefix}19900101002`);
        expect(parseDocumentNumber('hmt_residence_permit', n)).toMatchObject({
          ok: true,
          value: { type: 'hmt_residence_permit', number: n, identity: { regionCode: prefix, sex: 'female' } },
        });
      }
    });
    it('refuses another prefix, a legacy 15-digit form and a wrong check character', () => {
      expect(parseDocumentNumber('hmt_residence_permit', '11010519491231002X')).toMatchObject({
        ok: false,
        code: 'INVALID_DOCUMENT_NUMBER_FORMAT',
      });
      expect(parseDocumentNumber('hmt_residence_permit', '810000900101002')).toMatchObject({
        ok: false,
        code: 'INVALID_DOCUMENT_NUMBER_FORMAT',
      });
      const good = withCheck('81000019900101002');
      const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
      expect(parseDocumentNumber('hmt_residence_permit', bad)).toMatchObject({
        ok: false,
        code: 'INVALID_ID_NUMBER_CHECK',
      });
    });
  });

  describe('hk_macao_permit (港澳居民来往内地通行证)', () => {
    it('accepts H or M with 8 or 10 digits', () => {
      for (const n of ['H12345678', 'M12345678', 'H1234567801', 'h 1234 5678']) {
        expect(parseDocumentNumber('hk_macao_permit', n), n).toMatchObject({ ok: true });
      }
      expect(parseDocumentNumber('hk_macao_permit', 'h12345678')).toMatchObject({
        value: { number: 'H12345678' },
      });
    });
    it('refuses other letters and 9 or 11 digits', () => {
      for (const n of ['K12345678', 'H123456789', 'H12345678901', '12345678', 'H1234567']) {
        expect(parseDocumentNumber('hk_macao_permit', n), n).toMatchObject({
          ok: false,
          code: 'INVALID_DOCUMENT_NUMBER_FORMAT',
        });
      }
    });
  });

  describe('taiwan_permit (台湾居民来往大陆通行证)', () => {
    it('accepts exactly 8 digits', () => {
      expect(parseDocumentNumber('taiwan_permit', '０１２３４５６７')).toMatchObject({
        ok: true,
        value: { number: '01234567' },
      });
      expect(parseDocumentNumber('taiwan_permit', '1234567')).toMatchObject({ ok: false });
      expect(parseDocumentNumber('taiwan_permit', '123456789')).toMatchObject({ ok: false });
      expect(parseDocumentNumber('taiwan_permit', 'T1234567')).toMatchObject({ ok: false });
    });
  });

  describe('passport (护照)', () => {
    it('accepts 5 to 17 letters or digits, e.g. E12345678 and EA1234567', () => {
      for (const n of ['E12345678', 'EA1234567', 'A1234', '12345678901234567']) {
        expect(parseDocumentNumber('passport', n), n).toMatchObject({ ok: true });
      }
      for (const n of ['A123', '123456789012345678', 'E1234-5678', '护照12345']) {
        expect(parseDocumentNumber('passport', n), n).toMatchObject({
          ok: false,
          code: 'INVALID_DOCUMENT_NUMBER_FORMAT',
        });
      }
    });
  });

  describe('foreign_permanent_residence (外国人永久居留身份证)', () => {
    it('accepts the 2017 form: 3 letters and 12 digits', () => {
      expect(parseDocumentNumber('foreign_permanent_residence', 'USA110090010101')).toMatchObject({
        ok: true,
      });
      expect(parseDocumentNumber('foreign_permanent_residence', 'US1100900101011')).toMatchObject({
        ok: false,
      });
    });
    it('accepts the 2023 form: 18 characters from 9 with a MOD 11-2 check character', () => {
      const n = withCheck('93184019900101001');
      expect(parseDocumentNumber('foreign_permanent_residence', n)).toMatchObject({
        ok: true,
        value: { number: n },
      });
      const bad = n.slice(0, 17) + (n[17] === '0' ? '1' : '0');
      const r = parseDocumentNumber('foreign_permanent_residence', bad);
      expect(r).toMatchObject({ ok: false, code: 'INVALID_DOCUMENT_NUMBER_CHECK' });
      expect(!r.ok && r.message_zh).toContain(`应为 ${n[17]}`);
      expect(
        parseDocumentNumber('foreign_permanent_residence', withCheck('83184019900101001')),
      ).toMatchObject({
        ok: false,
        code: 'INVALID_DOCUMENT_NUMBER_FORMAT',
      });
    });
  });

  it('never throws, whatever the type and input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...DOCUMENT_TYPES), fc.string()), anyInput, (type, input) => {
        const r = parseDocumentNumber(type, input);
        if (r.ok) expect(r.value.type).toBe(type);
        else expect(r.message_zh.length).toBeGreaterThan(0);
      }),
    );
  });
});
