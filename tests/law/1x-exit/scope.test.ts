// 1x-exit §2 — 组织资质退出与证书实施资格退出的范围.
import { describe, expect, it } from 'vitest';
import { evaluate, only } from '../support.js';

const CHECK = '1x-exit.scope';
const scope = (level: string, certificatesImplemented: number, organisation: boolean, cancelled: number) =>
  evaluate(CHECK, '2024-05-06', {
    level,
    certificatesImplemented,
    proposed: { organisationQualificationCancelled: organisation, certificatesCancelled: cancelled },
  });

describe('1x-exit §2 ¶2: 某一证书实施资格退出', () => {
  it('an organisation with a single certificate loses its qualification when that certificate leaves', () => {
    expect(only(scope('certificate', 1, true, 1), '1x-exit/2/p2').passed).toBe(true);
    const keep = only(scope('certificate', 1, false, 1), '1x-exit/2/p2');
    expect(keep.passed).toBe(false);
    expect(keep.values).toMatchObject({
      required: { organisationQualificationCancelled: true, certificatesCancelled: 1 },
    });
  });
  it('with two certificates, one leaving leaves the other and the organisation untouched', () => {
    expect(only(scope('certificate', 2, false, 1), '1x-exit/2/p2').passed).toBe(true);
    expect(only(scope('certificate', 2, true, 1), '1x-exit/2/p2').passed).toBe(false);
    expect(only(scope('certificate', 2, false, 2), '1x-exit/2/p2').passed).toBe(false);
  });
});

describe('1x-exit §2 ¶3: 培训评价组织资质退出的，其证书实施资格相应取消', () => {
  it('an organisation with three certificates exits with all three', () => {
    expect(only(scope('organisation', 3, true, 3), '1x-exit/2/p3').passed).toBe(true);
    expect(only(scope('organisation', 3, true, 2), '1x-exit/2/p3').passed).toBe(false);
  });
});
