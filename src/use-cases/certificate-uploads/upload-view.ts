// What the page shows of an upload: its state, the counts so far, the rate and the time left (from
// the share of the file its committed batches reach), and what the caller may do with it.
import type { Caller } from '../../policies/actor.js';
import { isoTime } from '../../persistence/paging.js';
import type { UploadRow } from '../../persistence/certificate-uploads/uploads.repository.js';

export interface UploadView {
  id: string;
  institutionId: string;
  institutionName: string;
  fileName: string;
  format: 'csv' | 'xlsx';
  sha256: string;
  fileSize: number;
  status: 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';
  cancelRequested: boolean;
  failure: string | null;
  rowsRead: number;
  accepted: number;
  rejected: number;
  alreadyPresent: number;
  batches: number;
  /** 0–1: the share of the file the committed batches reach. */
  progress: number;
  rowsPerSecond: number | null;
  secondsLeft: number | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  abilities: { cancel: boolean; report: boolean };
}

export function uploadView(caller: Caller, u: UploadRow, now = new Date()): UploadView {
  const rowsRead = u.accepted + u.rejected + u.already_present;
  const progress =
    u.status === 'succeeded'
      ? 1
      : u.file_size > 0
        ? Math.min(1, Number(u.bytes_done) / Number(u.file_size))
        : 0;
  const started = u.started_at ? new Date(u.started_at).getTime() : null;
  const until = u.finished_at ? new Date(u.finished_at).getTime() : now.getTime();
  const elapsed = started ? Math.max(0.001, (until - started) / 1000) : null;
  const rate = elapsed && rowsRead > 0 ? rowsRead / elapsed : null;
  const secondsLeft =
    u.status === 'running' && elapsed && progress > 0 && progress < 1
      ? Math.round((elapsed * (1 - progress)) / progress)
      : u.status === 'succeeded'
        ? 0
        : null;
  const own = caller?.role === 'institution_staff' && caller.institutionId === u.institution_id;
  return {
    id: u.id,
    institutionId: u.institution_id,
    institutionName: u.institution_name,
    fileName: u.file_name,
    format: u.file_format,
    sha256: u.file_sha256,
    fileSize: Number(u.file_size),
    status: u.status,
    cancelRequested: u.cancel_requested,
    failure: u.failure,
    rowsRead,
    accepted: u.accepted,
    rejected: u.rejected,
    alreadyPresent: u.already_present,
    batches: u.batches_done,
    progress,
    rowsPerSecond: rate === null ? null : Math.round(rate),
    secondsLeft,
    createdAt: isoTime(u.created_at),
    startedAt: u.started_at ? isoTime(u.started_at) : null,
    finishedAt: u.finished_at ? isoTime(u.finished_at) : null,
    abilities: {
      cancel: own && (u.status === 'queued' || u.status === 'running') && !u.cancel_requested,
      report: u.rejected > 0,
    },
  };
}
