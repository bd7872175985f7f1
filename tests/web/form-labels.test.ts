// The labels of the case forms (web/src/features/cases/labels.ts): a closing bracket is never lost.
import { describe, expect, it } from 'vitest';
import { labelAndHelp, withoutCodes } from '../../web/src/features/cases/labels';

const label = (description: string) => labelAndHelp({ description }, 'key').label;

describe('labels drawn from the Chinese descriptions of the forms', () => {
  it('keeps 职业（工种） whole (mohrss-filing 二(四) quota override form)', () => {
    expect(label('突破数量上限的职业（工种）')).toBe('突破数量上限的职业（工种）');
  });
  it('moves a long explanation in brackets to the help text', () => {
    expect(labelAndHelp({ description: '受理部门（不填为本机构的监管部门）' }, 'k')).toEqual({
      label: '受理部门',
      help: '受理部门（不填为本机构的监管部门）',
    });
    expect(label('例外理由（统筹规划、合理布局等，须书面记录）')).toBe('例外理由');
  });
  it('cuts at the first separator outside brackets only', () => {
    expect(label('申报职业（工种）代码，如 4-10-01-05')).toBe('申报职业（工种）代码');
    expect(label('公示期依据：二（十）4 未规定公示期长度')).toBe('公示期依据');
    expect(label('核查渠道（如 信用中国，民政部门）')).toBe('核查渠道');
  });
  it('falls back to the key without a description', () => {
    expect(labelAndHelp({}, 'reason').label).toBe('reason');
  });
});

describe('help texts name an enumeration’s values, never their codes (issue 10 point 2)', () => {
  it('drops each value’s code before its name', () => {
    expect(
      withoutCodes(
        '已制定的管理制度（社会培训评价组织填写）：exam_affairs 考务 / personnel 人员 / question_bank 题库',
        ['exam_affairs', 'personnel', 'question_bank'],
      ),
    ).toBe('已制定的管理制度（社会培训评价组织填写）：考务 / 人员 / 题库');
    expect(
      withoutCodes(
        '企业类别（用人单位填写）：可多选，均不属于则留空 / above_scale 规模以上企业 / specialised_innovative “专精特新”企业',
        ['above_scale', 'specialised_innovative'],
      ),
    ).toBe('企业类别（用人单位填写）：可多选，均不属于则留空 / 规模以上企业 / “专精特新”企业');
  });
  it('leaves a help without codes, and words that only contain a code, as they are', () => {
    expect(withoutCodes('评价时间：其他', ['other'])).toBe('评价时间：其他');
    expect(withoutCodes('another 说明', ['other'])).toBe('another 说明');
    expect(withoutCodes(undefined, ['other'])).toBeUndefined();
  });
});
