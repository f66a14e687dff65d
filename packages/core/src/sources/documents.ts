/**
 * The source documents kyodo encodes (docs/rules.md "Source documents"). Every rule in the
 * library cites one of them by file name and section, so a user can be shown where a rule or a
 * number comes from.
 */
export const DOCUMENTS = {
  '000_0726a29b17f6f262.txt': {
    short: 'S0',
    municipality: { ja: '一関市', en: 'Ichinoseki' },
    title: {
      ja: '第2次一関市協働基本計画の概要',
      en: 'Second Ichinoseki Basic Plan for Cooperation (summary)',
    },
    adopted: '令和4年3月',
    period: 'FY2022–2026',
  },
  '001_9b5b631400e119ce.txt': {
    short: 'S1',
    municipality: { ja: '一関市', en: 'Ichinoseki' },
    title: { ja: '一関市協働推進アクションプラン', en: 'Ichinoseki Cooperation Action Plan' },
    adopted: '平成22年12月',
    period: 'rolling 3-year indicators',
  },
  '002_5a3cd8c23b61ef14.txt': {
    short: 'S2',
    municipality: { ja: '一関市', en: 'Ichinoseki' },
    title: { ja: '一関市地域協働推進計画', en: 'Ichinoseki Regional Cooperation Plan' },
    adopted: '平成26年3月',
    period: 'FY2014–2018',
  },
  '003_77c600037372601a.txt': {
    short: 'S3',
    municipality: { ja: '取手市', en: 'Toride' },
    title: {
      ja: '取手市市民協働基本方針 最終報告',
      en: 'Toride Basic Policy on Citizen Cooperation (final report)',
    },
    adopted: '',
    period: '',
  },
  '004_fa4f1dbae27f2456.txt': {
    short: 'S4',
    municipality: { ja: '(市名記載なし)', en: '(municipality not named)' },
    title: {
      ja: '第2次 市民協働によるまちづくり推進計画',
      en: 'Second Plan for Town-making by Citizen Cooperation',
    },
    adopted: '',
    period: '',
  },
} as const;

/** File name of one of the source documents (docs/rules.md "Source documents"). */
export type DocumentFile = keyof typeof DOCUMENTS;
