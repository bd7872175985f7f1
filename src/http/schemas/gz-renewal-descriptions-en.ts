// The English of the renewal routes' request descriptions (src/http/routes/gz-renewal.routes.ts), spread
// into REQUEST_DESCRIPTIONS_EN. R() marks a Chinese description as one that has its twin here.
export const GZ_RENEWAL_DESCRIPTIONS_EN: Readonly<Record<string, string>> = {
  '计入人次的职业（工种）代码': 'Code of the occupation whose counted certificates are listed',
  '上一页返回的 nextCursor（按年份、编号翻页）':
    'The nextCursor of the previous page (pages by year and number)',
  '每页条数（续期计数证书）': 'Rows per page',
};

export function R(zh: keyof typeof GZ_RENEWAL_DESCRIPTIONS_EN & string): string {
  return zh;
}
