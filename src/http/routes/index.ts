// Every /api/v1 feature's routes, registered in one place. Each feature owns one *.routes.ts file.
import type { FastifyPluginAsync } from 'fastify';
import { referenceRoutes } from './reference.routes.js';
import { registryRoutes } from './registry.routes.js';
import { expertRoutes } from './experts.routes.js';
import { calendarRoutes } from './calendar.routes.js';
import { rulesRoutes } from './rules.routes.js';
import { caseRoutes } from './cases.routes.js';
import { directoryRoutes } from './directory.routes.js';
import { recruitmentCallRoutes } from './recruitment-calls.routes.js';
import { publicNoticeRoutes } from './public-notices.routes.js';
import { reviewRoutes } from './review.routes.js';
import { gzSelectionRoutes } from './gz-selection.routes.js';
import { deptPilotRoutes } from './dept-pilot.routes.js';
import { demoRoutes } from './demo.routes.js';
import { filingsImportRoutes } from './filings-import.routes.js';
import { guideRoutes } from './guides.routes.js';
import { publicAuditRoutes } from './public-audit.routes.js';
import { accountRoutes } from './accounts.routes.js';

export const apiRoutes: FastifyPluginAsync = async (app) => {
  await app.register(referenceRoutes);
  await app.register(registryRoutes);
  await app.register(expertRoutes);
  await app.register(calendarRoutes);
  await app.register(rulesRoutes);
  await app.register(caseRoutes);
  await app.register(directoryRoutes);
  await app.register(recruitmentCallRoutes);
  await app.register(publicNoticeRoutes);
  await app.register(reviewRoutes);
  await app.register(gzSelectionRoutes);
  await app.register(deptPilotRoutes);
  await app.register(demoRoutes);
  await app.register(filingsImportRoutes);
  await app.register(guideRoutes);
  await app.register(publicAuditRoutes);
  await app.register(accountRoutes);
};
