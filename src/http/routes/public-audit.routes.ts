// /api/v1/public/audit: the signed audit checkpoint, published for witnesses (issue 9 point 3;
// docs/decisions/0019). Open to everyone, without an account.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getAuditCheckpoint } from '../../use-cases/audit/get-audit-checkpoint.js';

const checkpoint = z
  .object({
    checkpointSeq: z.number().int().describe('检查点编号（只增不减）'),
    length: z.number().int().describe('签发时审计链的长度（条）'),
    headHash: z.string().describe('该长度处的链头哈希（SHA-256，十六进制）'),
    signedAt: z.string().describe('签发时间（ISO 8601）'),
    keyId: z.string().describe('签名密钥编号（公钥 SHA-256 的前 16 位）'),
    signature: z.string().describe('Ed25519 签名（base64）'),
    algorithm: z.literal('Ed25519'),
    signedPayload: z.string().describe('被签名的内容：各值按此顺序以 | 连接'),
    publicKey: z.string().describe('签名公钥（PEM）'),
  })
  .describe('已签名的审计检查点');

export const publicAuditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/public/audit/checkpoint',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['审计'],
        summary: '最新的已签名审计检查点（供见证方保存副本，核对审计记录未被截断）',
        response: { 200: checkpoint },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'no-cache');
      return getAuditCheckpoint(app.db);
    },
  );
};
