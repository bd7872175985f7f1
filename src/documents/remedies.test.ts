import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../calendar/calendar-days.js';
import {
  ADMIN_REMEDY_PARAMETERS,
  litigationPeriodMonths,
  reconsiderationPeriodDays,
  statuteAt,
} from '../parameters/administrative-remedies.js';
import { remediesParagraph, reviewingBody, type DecidingAuthority } from './remedies.js';

const guizhou: DecidingAuthority = {
  name: '贵州省人力资源和社会保障厅',
  kind: 'provincial_hrss',
  jurisdictionCode: '520000',
  jurisdictionName: '贵州省',
};
const guiyang: DecidingAuthority = {
  name: '贵阳市人力资源和社会保障局',
  kind: 'prefectural_hrss',
  jurisdictionCode: '520100',
  jurisdictionName: '贵阳市',
};
const national = (name: string, kind: DecidingAuthority['kind']): DecidingAuthority => ({
  name,
  kind,
  jurisdictionCode: '000000',
  jurisdictionName: null,
});

describe('who hears an application for 行政复议', () => {
  it('a provincial or city department: its own people’s government (行政复议法 2023 §24 ¶1(1))', () => {
    expect(reviewingBody(guizhou, '2026-03-05')).toMatchObject({
      body_zh: '贵州省人民政府',
      reference: { statute: 'admin-reconsideration', article: 24, paragraph: 1, item: 1 },
    });
    expect(reviewingBody(guiyang, '2026-03-05')?.body_zh).toBe('贵阳市人民政府');
  });
  it('before 2024: the government or the department one level up, as the party chooses (1999 law §12)', () => {
    expect(reviewingBody(guizhou, '2023-12-31')).toMatchObject({
      body_zh: '贵州省人民政府或者人力资源社会保障部',
      reference: { article: 12, paragraph: 1 },
    });
    expect(reviewingBody(guiyang, '2023-12-31')?.body_zh).toBe(
      '贵阳市人民政府或者上一级人力资源社会保障部门',
    );
  });
  it('the national centre and the ministry: the ministry (§25); the 1+X office: the Ministry of Education', () => {
    expect(
      reviewingBody(national('中国就业培训技术指导中心', 'national_centre'), '2026-03-05'),
    ).toMatchObject({
      body_zh: '人力资源社会保障部',
      reference: { article: 25 },
    });
    expect(reviewingBody(national('人力资源社会保障部职业能力建设司', 'mohrss'), '2026-03-05')?.body_zh).toBe(
      '人力资源社会保障部',
    );
    expect(
      reviewingBody(national('国务院职业教育工作部际联席会议办公室', 'joint_conference_office'), '2026-03-05')
        ?.body_zh,
    ).toBe('教育部');
    expect(
      reviewingBody(national('交通运输部职业资格中心', 'industry_department'), '2026-03-05')?.body_zh,
    ).toBe('交通运输部');
    expect(reviewingBody(national('某行业协会', 'industry_department'), '2026-03-05')).toBeUndefined();
  });
});

describe('the remedies paragraph', () => {
  it('names the body, the 60 days, the 6 months and the articles', () => {
    expect(remediesParagraph(guizhou, '2026-03-05')).toBe(
      '如对本决定不服，可以依照《中华人民共和国行政复议法》第二十条第一款、第二十四条第一款第（一）项的规定，' +
        '自收到本决定之日起六十日内向贵州省人民政府申请行政复议；' +
        '也可以依照《中华人民共和国行政诉讼法》第四十六条第一款的规定，' +
        '自收到本决定之日起六个月内依法向人民法院提起行政诉讼。',
    );
  });
  it('speaks of the competent body when none can be named', () => {
    expect(remediesParagraph(undefined, '2026-03-05')).toContain(
      '六十日内向有管辖权的行政复议机关申请行政复议',
    );
  });
  it('reads the periods on the decision date: 60 days since 1999-10-01, 6 months since 2015-05-01', () => {
    expect(statuteAt(reconsiderationPeriodDays, '2023-12-31')).toMatchObject({
      value: 60,
      reference: { article: 9 },
    });
    expect(statuteAt(reconsiderationPeriodDays, '2024-01-01')).toMatchObject({
      value: 60,
      reference: { article: 20 },
    });
    expect(statuteAt(litigationPeriodMonths, '2015-04-30').value).toBe(3);
    expect(statuteAt(litigationPeriodMonths, '2015-05-01').value).toBe(6);
    expect(() => statuteAt(litigationPeriodMonths, '1990-09-30')).toThrow(/not in force/);
  });
  it('has exactly one version of each parameter on every day from 2019 to 2030, with a value', () => {
    for (const p of ADMIN_REMEDY_PARAMETERS) {
      for (let d = '2019-01-01'; d <= '2030-12-31'; d = addCalendarDays(d, 1)) {
        const covering = p.versions.filter((v, i) => v.from <= d && (p.versions[i + 1]?.from ?? '9999') > d);
        expect(covering.length).toBe(1);
        expect(covering[0]!.value).not.toBeNull();
      }
    }
  });
});
