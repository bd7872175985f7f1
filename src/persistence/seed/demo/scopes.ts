// Demo scopes (occupation × level) with their validity periods. Codes are from the demo catalogue
// subset (occupations-demo.csv). In 贵州, three social organisations hold 养老护理员 (4-10-01-05), the
// most mohrss-filing 二(四) allows per occupation per jurisdiction, so a fourth applicant is a case.
export interface DemoScope {
  institution: string;
  occupation: string;
  levels: (1 | 2 | 3 | 4 | 5)[];
  validFrom: string | null;
  validTo: string | null;
  status: 'pending' | 'active' | 'suspended' | 'ended';
}

const period = (validFrom: string, validTo: string) => ({ validFrom, validTo, status: 'active' as const });

export const DEMO_SCOPES: DemoScope[] = [
  {
    institution: 'gz-qiancheng',
    occupation: '4-10-01-05',
    levels: [5, 4, 3],
    ...period('2024-03-15', '2027-03-14'),
  },
  {
    institution: 'gz-qiancheng',
    occupation: '4-10-01-03',
    levels: [5, 4],
    ...period('2024-03-15', '2027-03-14'),
  },
  {
    institution: 'gz-qiancheng',
    occupation: '4-03-02-01',
    levels: [5, 4, 3],
    ...period('2024-03-15', '2027-03-14'),
  },

  // An application not yet decided: the scope waits for the filing.
  {
    institution: 'gz-huicai',
    occupation: '4-03-02-07',
    levels: [5, 4],
    validFrom: null,
    validTo: null,
    status: 'pending',
  },
  {
    institution: 'gz-huicai',
    occupation: '6-02-06-10',
    levels: [5, 4],
    validFrom: null,
    validTo: null,
    status: 'pending',
  },

  {
    institution: 'gz-qiankang',
    occupation: '4-10-01-05',
    levels: [5, 4, 3],
    ...period('2024-09-01', '2027-08-31'),
  },
  {
    institution: 'gz-qiankang',
    occupation: '4-10-01-06',
    levels: [5, 4],
    ...period('2024-09-01', '2027-08-31'),
  },
  // Not 健康照护师 (4-14-01-03) although 黔康 has assessors for it: the demo catalogue knows no national
  // standard for it, so its filing (mohrss-filing 二(六), run in demo/filed-institutions) could not include it.

  // Ends within weeks of the demo date: a renewal case (gz-rules §8).
  {
    institution: 'gz-wujiang',
    occupation: '6-18-02-04',
    levels: [5, 4, 3],
    ...period('2023-12-20', '2026-12-19'),
  },
  {
    institution: 'gz-wujiang',
    occupation: '6-31-01-03',
    levels: [5, 4, 3],
    ...period('2023-12-20', '2026-12-19'),
  },
  {
    institution: 'gz-wujiang',
    occupation: '6-18-01-01',
    levels: [5, 4],
    ...period('2023-12-20', '2026-12-19'),
  },

  {
    institution: 'gz-qiandongnan-school',
    occupation: '6-09-03-11',
    levels: [5, 4],
    ...period('2024-06-28', '2027-06-27'),
  },
  {
    institution: 'gz-qiandongnan-school',
    occupation: '6-09-03-17',
    levels: [5, 4],
    ...period('2024-06-28', '2027-06-27'),
  },
  {
    institution: 'gz-qiandongnan-school',
    occupation: '4-03-02-01',
    levels: [5],
    ...period('2024-06-28', '2027-06-27'),
  },

  {
    institution: 'gz-fanjing',
    occupation: '4-10-01-03',
    levels: [5, 4],
    validFrom: '2023-05-10',
    validTo: '2027-05-09',
    status: 'active',
  },
  {
    institution: 'gz-fanjing',
    occupation: '4-10-01-05',
    levels: [5],
    validFrom: '2023-05-10',
    validTo: '2027-05-09',
    status: 'active',
  },

  {
    institution: 'zj-zhijiang',
    occupation: '6-31-07-03',
    levels: [5, 4, 3, 2],
    ...period('2023-10-16', '2028-10-15'),
  },
  {
    institution: 'zj-zhijiang',
    occupation: '6-31-01-03',
    levels: [5, 4, 3],
    ...period('2023-10-16', '2028-10-15'),
  },
  {
    institution: 'zj-zhijiang',
    occupation: '6-20-03-01',
    levels: [4, 3],
    ...period('2023-10-16', '2028-10-15'),
  },

  {
    institution: 'zj-yongjiang-school',
    occupation: '4-12-01-01',
    levels: [5, 4],
    ...period('2024-01-08', '2027-01-07'),
  },
  {
    institution: 'zj-yongjiang-school',
    occupation: '4-03-02-01',
    levels: [5, 4],
    ...period('2024-01-08', '2027-01-07'),
  },
  {
    institution: 'zj-yongjiang-school',
    occupation: '4-01-06-01',
    levels: [5, 4],
    ...period('2024-01-08', '2027-01-07'),
  },

  {
    institution: 'zj-qiantang',
    occupation: '4-10-01-06',
    levels: [5, 4, 3],
    ...period('2024-04-22', '2027-04-21'),
  },
  {
    institution: 'zj-qiantang',
    occupation: '4-10-01-05',
    levels: [5, 4, 3],
    ...period('2024-04-22', '2027-04-21'),
  },
  // Not 4-10-01-01 although 钱塘 has assessors for it: no national standard in the demo catalogue, so its
  // filing (mohrss-filing 二(六), run in demo/filed-institutions) could not include it.
  {
    institution: 'zj-qiantang',
    occupation: '4-10-01-03',
    levels: [5, 4],
    ...period('2024-04-22', '2027-04-21'),
  },

  {
    institution: 'nat-zhonglian',
    occupation: '6-31-01-03',
    levels: [5, 4, 3, 2],
    ...period('2023-07-03', '2028-07-02'),
  },
  {
    institution: 'nat-zhonglian',
    occupation: '6-18-02-04',
    levels: [5, 4, 3],
    ...period('2023-07-03', '2028-07-02'),
  },
  {
    institution: 'nat-zhonglian',
    occupation: '6-29-02-11',
    levels: [5, 4, 3],
    ...period('2023-07-03', '2028-07-02'),
  },
  {
    institution: 'nat-zhonglian',
    occupation: '6-28-01-14',
    levels: [5, 4, 3],
    ...period('2023-07-03', '2028-07-02'),
  },

  {
    institution: 'ind-daoyun',
    occupation: '4-12-01-01',
    levels: [5, 4, 3, 2],
    ...period('2024-03-30', '2029-03-29'),
  },
  {
    institution: 'ind-daoyun',
    occupation: '4-02-02-01',
    levels: [5, 4],
    ...period('2024-03-30', '2029-03-29'),
  },
  {
    institution: 'ind-daoyun',
    occupation: '4-02-02-02',
    levels: [5, 4],
    ...period('2024-03-30', '2029-03-29'),
  },
];
