// A hint, not a verdict: the 统一社会信用代码 (GB 32100-2015) is 18 characters from a charset without
// I, O, Z, S, V. The client only warns on the shape; the server checks the check character and decides.
import type { FormRule } from 'antd';
import type { Translate } from '../../app/i18n';

const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export function usccRules(t: Translate, required: boolean): FormRule[] {
  return [
    ...(required ? [{ required: true, whitespace: true }] : []),
    {
      warningOnly: true,
      validator: async (_rule, value?: string) => {
        const v = (value ?? '').trim().toUpperCase();
        if (v && !SHAPE.test(v)) throw new Error(t('hint.usccShape'));
      },
    },
  ];
}
