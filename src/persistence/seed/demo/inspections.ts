// Demo step 'demo/inspections' (issue 14 point 1; 1x-selection §25 双随机、一公开): two rounds of
// 贵州省人社厅 (guizhou) through the real use cases —
// - a finished round: planned (commitment published), drawn (seed revealed), every inspection's findings
//   recorded, concluded and published; the first target's site visit found a problem, which leads to a
//   rectification order (openRectification);
// - a running round: planned and drawn, its inspections under way (one with findings so far).
// Both draws re-run on the public page /draws/:id and with `npm run cli -- redraw <reference>`.
// A one-time step (seed_runs); a failure is reported and the demo goes on.
import type { Database } from '../../database.js';
import { runOnce } from '../seed-runs.js';
import { demoActor } from './demo-actor.js';
import { AppError } from '../../../domain/errors.js';
import { addCalendarDays } from '../../../calendar/calendar-days.js';
import { todayInChina } from '../../../use-cases/registry/registry-context.js';
import { planInspectionRound } from '../../../use-cases/inspections/plan-inspection-round.js';
import { drawInspectionRound } from '../../../use-cases/inspections/draw-inspection-round.js';
import { getRound, poolOptions } from '../../../use-cases/inspections/inspection-reads.js';
import { recordInspectionFindings } from '../../../use-cases/inspections/record-inspection-findings.js';
import { concludeInspection } from '../../../use-cases/inspections/conclude-inspection.js';
import { publishInspection } from '../../../use-cases/inspections/publish-inspection.js';
import { openInspectionRectification } from '../../../use-cases/inspections/inspection-follow-ups.js';
import type { Actor } from '../../../policies/actor.js';

export const INSPECTIONS_STEP = 'demo/inspections' as const;

const KINDS = ['employer', 'school', 'social_org', 'industry_org', 'training_org'] as const;

async function planAndDraw(db: Database, actor: Actor, title: string, start: string, end: string) {
  const pools = await poolOptions(db, actor);
  let lastError: unknown;
  // The largest pool first; one expert per target when the pool cannot give two after the exclusions.
  for (const expertsPerTarget of [2, 1])
    for (const pool of pools) {
      const planned = await planInspectionRound(db, actor, {
        title, institutionKinds: [...KINDS], targetCount: 2, expertsPerTarget,
        methods: ['materials', 'site_visit', 'interviews'], poolId: pool.id, plannedStart: start, plannedEnd: end,
      }); // prettier-ignore
      try {
        await drawInspectionRound(db, actor, planned.id);
        return planned.id;
      } catch (err) {
        // A round that cannot be drawn stays planned (its commitment was published): remove nothing,
        // try the next pool — the demo shows the planned one too.
        if (!(err instanceof AppError) || err.status !== 422) throw err;
        lastError = err;
      }
    }
  throw lastError ?? new Error('no usable expert pool');
}

async function run(db: Database): Promise<void> {
  const guizhou = await demoActor(db, 'guizhou');
  const today = todayInChina();

  const finished = await planAndDraw(db, guizhou, '2026 年第一批“双随机、一公开”抽查', addCalendarDays(today, -40), addCalendarDays(today, -10)); // prettier-ignore
  const f = await getRound(db, guizhou, finished);
  for (const [i, insp] of f.inspections.entries()) {
    const problem = i === 0;
    await recordInspectionFindings(db, guizhou, insp.id, [
      { item: '备案材料与实际运行是否一致', method: 'materials', result: 'ok', note: '备案职业、等级与评价记录一致' },
      { item: '考核场地、设施设备', method: 'site_visit', result: problem ? 'problem' : 'ok', note: problem ? '实操考核工位少于备案数量' : '场地设备符合要求' },
      { item: '考评人员配备与回避', method: 'interviews', result: 'ok', note: '走访考评人员 3 名，回避制度执行到位' },
    ]); // prettier-ignore
    await concludeInspection(db, guizhou, insp.id, problem
      ? { outcome: 'rectify', conclusion: '实操考核工位少于备案数量，责令限期整改' }
      : { outcome: 'no_problems', conclusion: '未发现问题' }); // prettier-ignore
    await publishInspection(db, guizhou, insp.id);
    if (problem)
      await openInspectionRectification(db, guizhou, insp.id, { subject: '补足实操考核工位至备案数量，并报送整改报告', deadline: addCalendarDays(today, 30) }); // prettier-ignore
  }

  const running = await planAndDraw(db, guizhou, '2026 年第二批“双随机、一公开”抽查', addCalendarDays(today, -5), addCalendarDays(today, 25)); // prettier-ignore
  const r = await getRound(db, guizhou, running);
  const first = r.inspections[0];
  if (first)
    await recordInspectionFindings(db, guizhou, first.id, [
      { item: '评价收费公示', method: 'materials', result: 'ok', note: '收费标准已在官网公示' },
    ]); // prettier-ignore
}

export async function runInspectionsDemo(db: Database): Promise<boolean> {
  if (!(await runOnce(db, INSPECTIONS_STEP, async () => ({ claimed: 1 })))) return false;
  try {
    await run(db);
    return true;
  } catch (err) {
    console.warn(`演示双随机抽查未能全部生成 / demo inspections incomplete: ${(err as Error).message}`);
    return false;
  }
}
