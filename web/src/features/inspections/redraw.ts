// The public draw re-run in the browser with Web Crypto (decision 0038): the same function as the
// server's src/workflows/draw/public-draw.ts, written again here so that the visitor's own machine, not the
// server, says whether the published result follows from the published seed and inputs.
export interface DrawInputs {
  algorithm: string;
  targets: { candidates: string[]; size: number } | null;
  experts: {
    perTarget: number;
    groups: { targetId: string; candidates: string[]; excluded: { id: string; reasons: string[] }[] }[];
  } | null;
}
export interface DrawResult {
  targets: string[];
  experts: { targetId: string; expertIds: string[] }[];
}

const hex = (buf: ArrayBuffer) =>
  [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('');
export const sha256 = async (text: string) =>
  hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));

const canonical = (ids: readonly string[]) => [...new Set(ids)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

async function rank(ids: readonly string[], keyText: (id: string) => string): Promise<string[]> {
  const keyed = await Promise.all(canonical(ids).map(async (id) => ({ id, key: await sha256(keyText(id)) })));
  return keyed
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : 1))
    .map((k) => k.id);
}

export async function runDraw(seed: string, inputs: DrawInputs): Promise<DrawResult> {
  const targets = inputs.targets
    ? (await rank(inputs.targets.candidates, (id) => `${seed}:${id}`)).slice(0, inputs.targets.size)
    : (inputs.experts?.groups.map((g) => g.targetId) ?? []);
  const groups = new Map((inputs.experts?.groups ?? []).map((g) => [g.targetId, g]));
  const experts = inputs.experts
    ? await Promise.all(
        targets.map(async (targetId) => ({
          targetId,
          expertIds: (
            await rank(groups.get(targetId)?.candidates ?? [], (id) =>
              inputs.algorithm === 'skillreg-panel/1' ? `${seed}:${id}` : `${seed}:${targetId}:${id}`,
            )
          ).slice(0, inputs.experts?.perTarget ?? 0),
        })),
      )
    : [];
  return { targets, experts };
}

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

export interface BrowserCheck {
  commitmentMatches: boolean;
  inputsCanonical: boolean;
  resultMatches: boolean;
  rerun: DrawResult;
}

export async function checkInBrowser(d: {
  commitment: string;
  seed: string;
  inputs: DrawInputs;
  result: DrawResult;
}): Promise<BrowserCheck> {
  const rerun = await runDraw(d.seed, d.inputs);
  const lists = [
    ...(d.inputs.targets ? [d.inputs.targets.candidates] : []),
    ...(d.inputs.experts?.groups.map((g) => g.candidates) ?? []),
  ];
  return {
    commitmentMatches: (await sha256(d.seed)) === d.commitment.toLowerCase(),
    inputsCanonical: lists.every((l) => same(l, canonical(l))),
    resultMatches:
      same(rerun.targets, d.result.targets) &&
      rerun.experts.length === d.result.experts.length &&
      rerun.experts.every(
        (g, i) =>
          g.targetId === d.result.experts[i]?.targetId && same(g.expertIds, d.result.experts[i]!.expertIds),
      ),
    rerun,
  };
}
