// Every /api/v1 feature's routes, registered in one place.
import type { FastifyPluginAsync } from 'fastify';

export const apiRoutes: FastifyPluginAsync = async (app) => {
  void app;
};
