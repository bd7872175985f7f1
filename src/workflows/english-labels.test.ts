// Complete English (issue 10 point 3): every procedure, state, transition and clock of every machine
// has an English name, and it is English (no Chinese left in it), so that the case pages, queues and
// history read in English mode.
import { describe, expect, it } from 'vitest';
import type { Machine, StateDef } from './machine.js';
import { employerFilingMachine } from './employer-filing/machine.js';
import { branchFilingMachine } from './branch-filing/machine.js';
import { selection1xMachine } from './selection-1x/machine.js';
import { socialOrgFilingMachine } from './social-org-filing/machine.js';
import { deptPilotMachine } from './dept-pilot/machine.js';
import { deptPilotBranchMachine } from './dept-pilot/branch-machine.js';
import { gzSelectionMachine } from './gz-selection/machine.js';

const machines: Machine<string, string, never, never>[] = [
  employerFilingMachine,
  branchFilingMachine,
  selection1xMachine,
  socialOrgFilingMachine,
  deptPilotMachine,
  deptPilotBranchMachine,
  gzSelectionMachine,
] as unknown as Machine<string, string, never, never>[];

const CJK = /[\u3400-\u9fff]/;
const english = (s: string | undefined) => typeof s === 'string' && s.trim() !== '' && !CJK.test(s);

describe.each(machines.map((m) => [m.id, m] as const))('%s speaks English too', (_id, m) => {
  it('procedure name', () => expect(english(m.procedure_en), m.procedure_en).toBe(true));

  it('every state and every clock', () => {
    for (const [id, s] of Object.entries(m.states as Record<string, StateDef>)) {
      expect(english(s.label_en), `${id}: ${s.label_en}`).toBe(true);
      if (s.clock) expect(english(s.clock.label_en), `${id} clock`).toBe(true);
    }
  });

  it('every transition', () => {
    for (const t of m.transitions)
      expect(english(t.description_en), `${t.from} --${t.event}--> ${t.to}: ${t.description_en}`).toBe(true);
  });
});
