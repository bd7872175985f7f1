import { describe, expect, it } from 'vitest';
import { checklistCompleteness, checklistFor, type Checklist } from './checklist.js';

const cite = { source: 'mohrss-filing', article: '一', item: '八' } as const;
const checklist: Checklist = {
  procedure: 'example',
  items: [
    {
      id: 'application',
      title_zh: '申请书',
      title_en: 'application',
      required: true,
      accepts: ['pdf'],
      citation: cite,
    },
    {
      id: 'licence',
      title_zh: '营业执照',
      title_en: 'licence',
      required: true,
      accepts: ['pdf', 'image'],
      citation: cite,
    },
    {
      id: 'lease',
      title_zh: '租赁合同',
      title_en: 'lease',
      required: true,
      accepts: ['pdf'],
      citation: cite,
      appliesTo: ['social_org'],
    },
    {
      id: 'other',
      title_zh: '其他材料',
      title_en: 'other',
      required: false,
      accepts: ['pdf'],
      citation: cite,
    },
  ],
};

describe('checklistCompleteness', () => {
  it('is incomplete while a required item has no current file, and names it', () => {
    const c = checklistCompleteness(checklist, [{ checklistItem: 'application' }]);
    expect(c).toMatchObject({ complete: false, provided: 1, required: 3, missing: ['licence', 'lease'] });
    expect(c.items.find((i) => i.id === 'other')?.status).toBe('optional');
  });

  it('does not count a superseded file', () => {
    const c = checklistCompleteness(checklistFor(checklist, 'employer'), [
      { checklistItem: 'application' },
      { checklistItem: 'licence', supersededBy: 'later' },
    ]);
    expect(c.missing).toEqual(['licence']);
  });

  it('is complete when every required item applying to the kind has a file; optional ones do not matter', () => {
    const employer = checklistFor(checklist, 'employer');
    expect(employer.items.map((i) => i.id)).toEqual(['application', 'licence', 'other']);
    const c = checklistCompleteness(employer, [
      { checklistItem: 'application' },
      { checklistItem: 'licence' },
      { checklistItem: 'licence' },
      { checklistItem: 'retired_item' },
    ]);
    expect(c).toMatchObject({
      complete: true,
      provided: 2,
      required: 2,
      missing: [],
      unexpected: ['retired_item'],
    });
    expect(c.items.find((i) => i.id === 'licence')?.files).toBe(2);
  });
});
