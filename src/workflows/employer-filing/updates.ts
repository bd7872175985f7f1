// The data updates of the national employer's filing (the machine's `update`s): pure, from the
// payload the API validated and the facts loaded under the case lock.
import type { AcceptanceAnswer, EmployerAssessment, EmployerFilingCtx, EmployerFilingData } from './data.js';
import type { CorrectionItem, ScopeEntry, EmployerDeclaration } from './data.js';

/** A scope entry with its occupation's catalogue name (dropped when the code is not in the catalogue). */
export function withName(s: ScopeEntry, names: Record<string, string>): ScopeEntry {
  const name = names[s.occupationCode];
  return { occupationCode: s.occupationCode, level: s.level, ...(name ? { occupationName: name } : {}) };
}

type Update = (
  data: EmployerFilingData,
  input: { payload: unknown; ctx: EmployerFilingCtx },
) => EmployerFilingData;

/** The applicant edits its application (draft, correction): declarations and scope. */
export const editApplication: Update = (data, { payload, ctx }) => {
  const p = payload as Partial<EmployerDeclaration> & { scopes?: ScopeEntry[] };
  return {
    ...data,
    declaration: {
      nationalEmployer: p.nationalEmployer ?? data.declaration.nationalEmployer,
      enterpriseCategory: p.enterpriseCategory ?? data.declaration.enterpriseCategory,
      acceptsSupervision: p.acceptsSupervision ?? data.declaration.acceptsSupervision,
    },
    scopes: (p.scopes ?? data.scopes).map((s) => withName(s, ctx.occupations)),
  };
};

export const submit: Update = (data, { ctx }) => ({
  ...data,
  submittedOn: data.submittedOn ?? ctx.today,
  lastSubmittedOn: ctx.today,
});

/**
 * The acceptance answer (一(十)2): whether the materials are complete or what to correct. Its timeliness
 * is recorded with the transition (guards.answerDeadline) and kept by the case's clock.
 */
function answer(data: EmployerFilingData, ctx: EmployerFilingCtx, outcome: AcceptanceAnswer['outcome']) {
  const receivedOn = data.submittedOn ?? ctx.today;
  return [...(data.acceptanceAnswers ?? []), { outcome, answeredOn: ctx.today, receivedOn }];
}

function filesByItem(ctx: EmployerFilingCtx): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const m of ctx.materials) (out[m.item] ??= []).push(m.id);
  return out;
}

export const accept: Update = (data, { ctx }) => ({
  ...data,
  acceptanceAnswers: answer(data, ctx, 'accepted'),
});

export const requestCorrection: Update = (data, { payload, ctx }) => ({
  ...data,
  acceptanceAnswers: answer(data, ctx, 'correction_requested'),
  correction: {
    requestedOn: ctx.today,
    items: (payload as { items: CorrectionItem[] }).items,
    filesAtRequest: filesByItem(ctx),
  },
});

export const recordAssessment: Update = (data, { payload }) => ({
  ...data,
  assessment: (payload as { assessment: EmployerAssessment }).assessment,
});

export const requestRevision: Update = (data, { payload, ctx }) => ({
  ...data,
  revision: { requestedOn: ctx.today, note: (payload as { reason?: string }).reason ?? '' },
});

export const file: Update = (data, { ctx }) => {
  if (!ctx.filingCode) throw new Error('file: no filing code was allocated');
  return { ...data, filing: { code: ctx.filingCode, filedOn: ctx.today } };
};

export const publish: Update = (data, { ctx }) => ({ ...data, publication: { publishedOn: ctx.today } });

export const withdraw: Update = (data, { payload, ctx }) => ({
  ...data,
  withdrawal: { on: ctx.today, reason: (payload as { reason?: string } | undefined)?.reason ?? null },
});
