import { describe, expect, it } from 'vitest';
import { ichinosekiProfile, torideProfile } from './builtin/index.js';
import { planRevisionYear } from './planRevisionYear.js';

const S0 = '000_0726a29b17f6f262.txt';

describe('planRevisionYear (RULES T1)', () => {
  it('000 8 ■基本計画の見直し「総合計画基本構想の策定の翌年度に見直します」: the fiscal year after the adoption', () => {
    // Adopted on 25 March 2026: still 令和7年度 (FY2025), so the plan is revised in 令和8年度.
    const march = planRevisionYear(ichinosekiProfile, S0, '令和8年3月25日');
    expect(march).toMatchObject({ ok: true, value: { eventFiscalYear: 2025, fiscalYear: 2026 } });
    // Adopted on 1 April 2026: 令和8年度, so revised in 令和9年度.
    expect(planRevisionYear(ichinosekiProfile, S0, '2026-04-01')).toMatchObject({
      ok: true,
      value: { fiscalYear: 2027 },
    });
    expect(planRevisionYear(ichinosekiProfile, S0, '令和8年度')).toMatchObject({
      value: { fiscalYear: 2027 },
    });
    expect(march.ok && march.value.source).toMatchObject({ document: S0, rule: 'T1' });
  });
  it('a plan that does not say when it is revised gives no year (003 says only 柔軟に見直し)', () => {
    const r = planRevisionYear(torideProfile, '003_77c600037372601a.txt', '2026-04-01');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.code).toBe('profile.no-revision-rule');
    expect(planRevisionYear(ichinosekiProfile, '001_9b5b631400e119ce.txt', 2026).ok).toBe(false);
  });
  it('an unreadable date and a document the profile does not rest on are problems, not guesses', () => {
    const bad = planRevisionYear(ichinosekiProfile, S0, '令和0年');
    expect(bad.ok).toBe(false);
    const unknown = planRevisionYear(ichinosekiProfile, 'nothing.txt', 2026);
    expect(!unknown.ok && unknown.problems[0]?.code).toBe('profile.unknown-document');
  });
});
