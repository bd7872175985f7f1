// `npm run cli -- redraw <round-or-draw-id> [--from http://host:port]` (decision 0038): fetches a public
// draw's published inputs — from a server's public API (any machine, no account), or from the local
// database without --from — re-runs it here and prints the targets and experts and MATCH or MISMATCH
// (commitment, canonical order, result). Exit code 0 on MATCH, 1 on MISMATCH, 2 when not found.
import { runDraw, verifyDraw, type DrawInputs, type DrawResult } from '../workflows/draw/public-draw.js';

export interface PublishedDraw {
  id: string;
  algorithm: string;
  commitment: string;
  seed: string | null;
  inputs: DrawInputs | null;
  result: DrawResult | null;
  targetNames?: Record<string, string>;
}

/** Prints the re-run and the verdict; returns the exit code. */
export function reportRedraw(d: PublishedDraw, out: (line: string) => void = console.log): number {
  out(`抽取记录 / draw ${d.id}  算法 / algorithm ${d.algorithm}`);
  out(`承诺 / commitment ${d.commitment}`);
  if (!d.seed || !d.inputs || !d.result) {
    out('尚未抽取：随机种子未公开 / not drawn yet: the seed is not revealed');
    return 1;
  }
  out(`随机种子 / seed ${d.seed}`);
  const check = verifyDraw({ commitment: d.commitment, seed: d.seed, inputs: d.inputs, result: d.result });
  const rerun = runDraw(d.seed, d.inputs);
  const name = (id: string) => (d.targetNames?.[id] ? `${d.targetNames[id]} (${id})` : id);
  if (d.inputs.targets)
    out(`检查对象 / targets (${rerun.targets.length} of ${d.inputs.targets.candidates.length}):`);
  for (const g of rerun.experts) out(`  ${name(g.targetId)}\n    专家 / experts: ${g.expertIds.join(', ')}`);
  if (rerun.experts.length === 0) for (const t of rerun.targets) out(`  ${name(t)}`);
  out(
    `承诺一致 / commitment ${check.commitmentMatches ? 'ok' : 'WRONG'}; 输入按编号排序 / canonical ${check.inputsCanonical ? 'ok' : 'WRONG'}; 结果一致 / result ${check.resultMatches ? 'ok' : 'WRONG'}`,
  );
  const match = check.commitmentMatches && check.inputsCanonical && check.resultMatches;
  out(match ? 'MATCH 一致' : 'MISMATCH 不一致');
  return match ? 0 : 1;
}

/** From a server: a round's reference/id is resolved through the public list, a draw id read directly. */
export async function fetchPublishedDraw(base: string, id: string): Promise<PublishedDraw | undefined> {
  const root = base.replace(/\/+$/, '');
  let drawId = id;
  const rounds = await fetch(`${root}/api/v1/public/inspection-rounds`);
  if (rounds.ok) {
    const list = (await rounds.json()) as { items: { id: string; referenceNo: string; drawId: string }[] };
    drawId = list.items.find((r) => r.id === id || r.referenceNo === id)?.drawId ?? id;
  }
  const res = await fetch(`${root}/api/v1/public/draws/${encodeURIComponent(drawId)}`);
  if (res.status === 404 || res.status === 400) return undefined;
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return (await res.json()) as PublishedDraw;
}

export async function runRedrawCommand(
  args: string[],
  local: () => Promise<PublishedDraw | undefined>,
): Promise<number> {
  const id = args.find((a) => !a.startsWith('--'));
  const fromAt = args.indexOf('--from');
  const from = fromAt >= 0 ? args[fromAt + 1] : undefined;
  if (!id || (fromAt >= 0 && !from)) {
    console.error('用法 / usage: npm run cli -- redraw <round-or-draw-id> [--from http://host:port]');
    return 2;
  }
  const d = from ? await fetchPublishedDraw(from, id) : await local();
  if (!d) {
    console.error(`未找到抽取记录 / no such draw or round: ${id}`);
    return 2;
  }
  return reportRedraw(d);
}
