// /api/v1 an inspection's evidence files (1x-selection §25; decision 0038): upload (multipart, up to 5
// files a time, the shared evidence reader and upload check), list and download — the round's authority
// only, another authority 404 like a random id. Its own plugin so the multipart parser is registered for
// these routes only.
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireCaller } from '../session-plugin.js';
import { idParamsOf } from '../schemas/common.schema.js';
import { evidenceMultipartOptions, readEvidenceForm } from '../evidence-multipart.js';
import { fileStoreFor } from '../../persistence/file-store.js';
import { attachmentHeaders } from '../../materials/download-headers.js';
import { notFound } from '../../domain/errors.js';
import {
  addInspectionEvidence,
  inspectionEvidenceFile,
  listInspectionEvidence,
  MAX_INSPECTION_EVIDENCE_FILES,
} from '../../use-cases/inspections/inspection-evidence.js';

const TAG = '双随机抽查';
const inspectionId = idParamsOf('检查 ID');

export const inspectionEvidenceRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, evidenceMultipartOptions(MAX_INSPECTION_EVIDENCE_FILES, 0));
  const store = fileStoreFor(app.config);
  const authed = { onRequest: async (request: Parameters<typeof requireCaller>[0]) => void requireCaller(request) }; // prettier-ignore

  app.get('/inspections/:id/evidence', { config: { policy: 'inspection.read' }, ...authed, schema: { tags: [TAG], summary: '检查证据列表', params: inspectionId } },
    async (request) => ({ items: await listInspectionEvidence(app.db, requireCaller(request), request.params.id) })); // prettier-ignore

  app.get('/inspections/:id/evidence/:evidenceId', { config: { policy: 'inspection.read' }, ...authed, schema: { tags: [TAG], summary: '下载检查证据',
      params: z.strictObject({ id: z.uuid().describe('检查 ID'), evidenceId: z.uuid().describe('检查证据 ID') }) } },
    async (request, reply) => {
      const f = await inspectionEvidenceFile(app.db, requireCaller(request), request.params.id, request.params.evidenceId);
      const bytes = await store.get(app.db, f.sha256);
      if (!bytes) throw notFound('文件');
      void reply.headers(attachmentHeaders(f.name, f.mediaType, bytes.length));
      return reply.send(bytes);
    }); // prettier-ignore

  app.post('/inspections/:id/evidence', { config: { policy: 'inspection.manage' }, ...authed, schema: { tags: [TAG], summary: `上传检查证据（multipart/form-data：file，最多 ${MAX_INSPECTION_EVIDENCE_FILES} 个；检查办结前）`, params: inspectionId } },
    async (request, reply) => {
      const { files } = await readEvidenceForm(request, MAX_INSPECTION_EVIDENCE_FILES);
      return reply.code(201).send({ items: await addInspectionEvidence(app.db, store, requireCaller(request), request.params.id, files, String(request.id)) });
    }); // prettier-ignore
};
