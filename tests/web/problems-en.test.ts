// English where the server sends it (issue 10 point 3): a problem's title_en/detail_en and a field
// problem's label_en/message_en are what the English interface shows; Chinese stays for Chinese. The
// values a finding compared are named as the check's facts fields, in the reader's language.
import { describe, expect, it } from 'vitest';
import { fieldProblemText, problemText } from '../../web/src/app/problems';
import type { Problem } from '../../web/src/app/api';
import { valueLabel } from '../../web/src/features/rules/values-view';
import type { JsonSchema } from '../../web/src/features/rules/types';
import { factsJsonSchema, withDescriptionsEn } from '../../src/rules/catalogue-view';
import { findCheck } from '../../src/rules/catalogue';

const field = {
  path: 'input.occupations.0.trainingVolume',
  message: '不能为负数',
  label: '申报职业（工种）及等级 · 第 1 项 · 该职业（工种）培训规模（人次）',
  label_en: 'Occupations applied for · item 1 · Training volume',
  message_en: 'Must not be negative',
};

describe('problems in the reader’s language', () => {
  it('names a field problem in English by its English label and message, in Chinese by the Chinese', () => {
    expect(fieldProblemText(field, 'en')).toBe(
      'Occupations applied for · item 1 · Training volume: Must not be negative',
    );
    expect(fieldProblemText(field, 'zh-CN')).toBe(`${field.label}：不能为负数`);
    // Without English from the server, the Chinese stays rather than a path.
    expect(fieldProblemText({ path: 'body.x', message: '此项必填' }, 'en')).toBe('此项必填');
  });

  it('shows the server’s English title and detail where it sends them', () => {
    const p: Problem = {
      status: 422,
      code: 'STAFF_REFUSED',
      title: '不得安排张三参加该评价批次',
      detail: '…',
      extra: { title_en: '张三 may not be put on this session', detail_en: 'Barred from evaluation work' },
    };
    expect(problemText(p, 'en')).toEqual({
      title: '张三 may not be put on this session',
      detail: 'Barred from evaluation work',
    });
    expect(problemText(p, 'zh-CN').title).toBe('不得安排张三参加该评价批次');
  });
});

describe('compared values named as their facts fields (/rules 试算)', () => {
  it('names a facts field in the reader’s language and a common value by its name', () => {
    const check = findCheck('mohrss-violations.session_staff.assignment')!;
    const schema = withDescriptionsEn(factsJsonSchema(check)) as JsonSchema;
    expect(valueLabel('roles', schema, 'zh-CN')).toMatch(/类别/);
    expect(valueLabel('roles', schema, 'en')).toMatch(/^[\x20-\x7e’]+$/);
    expect(valueLabel('actual', undefined, 'en')).toBe('Actual');
    expect(valueLabel('no_such_key', schema, 'en')).toBeUndefined();
  });
});
