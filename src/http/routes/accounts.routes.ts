// Account administration (issue 9 point 9): the system administrator lists, creates, disables and
// enables accounts, resets a password or a second factor, and assigns role and binding. Every act is
// one transaction with its audit row (src/use-cases/accounts/).
import { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getAccount, listAccountsFor } from '../../use-cases/accounts/list-accounts.js';
import { createAccount } from '../../use-cases/accounts/create-account.js';
import {
  disableAccount,
  enableAccount,
  resetPassword,
  resetSecondFactor,
  updateAccount,
} from '../../use-cases/accounts/manage-account.js';
import {
  accountsQuery,
  accountView,
  createAccountBody,
  updateAccountBody,
  withTemporaryPassword,
} from '../schemas/accounts.schema.js';

const idParams = z.strictObject({ id: z.guid().describe('账号 ID') });
const emptyBody = z.strictObject({}).nullish();
const tags = ['accounts'];

export const accountRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (request: FastifyRequest) => ({ caller: request.caller, requestId: String(request.id) });

  app.get(
    '/accounts',
    {
      config: { policy: 'account.manage' },
      schema: {
        tags,
        summary: '账号列表（系统管理员）',
        querystring: accountsQuery,
        response: {
          200: z.object({
            items: z.array(accountView),
            total: z.number(),
            page: z.number(),
            pageSize: z.number(),
          }),
        },
      },
    },
    async (request) => {
      const { q, role, page, pageSize } = request.query;
      return listAccountsFor(
        app.db,
        ctx(request),
        { ...(q ? { q } : {}), ...(role ? { role } : {}) },
        { page, pageSize },
      );
    },
  );

  app.post(
    '/accounts',
    {
      config: { policy: 'account.manage' },
      schema: {
        tags,
        summary: '新建账号（返回一次性临时密码）',
        body: createAccountBody,
        response: { 201: withTemporaryPassword },
      },
    },
    async (request, reply) => {
      const result = await createAccount(app.db, ctx(request), request.body);
      return reply.code(201).send(result);
    },
  );

  app.get(
    '/accounts/:id',
    {
      config: { policy: 'account.manage' },
      schema: { tags, summary: '账号详情', params: idParams, response: { 200: accountView } },
    },
    async (request) => getAccount(app.db, ctx(request), request.params.id),
  );

  app.patch(
    '/accounts/:id',
    {
      config: { policy: 'account.manage' },
      schema: {
        tags,
        summary: '修改姓名、角色与绑定（角色或绑定变更时结束该用户的全部会话）',
        params: idParams,
        body: updateAccountBody,
        response: { 200: accountView },
      },
    },
    async (request) => updateAccount(app.db, ctx(request), request.params.id, request.body),
  );

  app.post(
    '/accounts/:id/disable',
    {
      config: { policy: 'account.manage' },
      schema: {
        tags,
        summary: '停用账号（立即结束该用户的全部会话）',
        params: idParams,
        body: emptyBody,
        response: { 200: accountView },
      },
    },
    async (request) => disableAccount(app.db, ctx(request), request.params.id),
  );

  app.post(
    '/accounts/:id/enable',
    {
      config: { policy: 'account.manage' },
      schema: {
        tags,
        summary: '启用账号',
        params: idParams,
        body: emptyBody,
        response: { 200: accountView },
      },
    },
    async (request) => enableAccount(app.db, ctx(request), request.params.id),
  );

  app.post(
    '/accounts/:id/password-reset',
    {
      config: { policy: 'account.manage' },
      schema: {
        tags,
        summary: '重置密码（返回一次性临时密码，用户下次登录须修改）',
        params: idParams,
        body: emptyBody,
        response: { 200: withTemporaryPassword },
      },
    },
    async (request) => resetPassword(app.db, ctx(request), request.params.id),
  );

  app.post(
    '/accounts/:id/second-factor-reset',
    {
      config: { policy: 'account.manage' },
      schema: {
        tags,
        summary: '重置动态验证码（丢失手机时；用户下次登录重新绑定）',
        params: idParams,
        body: emptyBody,
        response: { 200: accountView },
      },
    },
    async (request) => resetSecondFactor(app.db, ctx(request), request.params.id),
  );
};
