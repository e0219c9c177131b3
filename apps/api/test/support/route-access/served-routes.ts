import type { INestApplication } from '@nestjs/common';
import type express from 'express';

interface RouterLayer {
  route?: { path: unknown; methods: Record<string, boolean> };
}

/**
 * The routes Express actually answers, as `'GET /api/health'`: the check that route discovery
 * joined the paths as Nest's router did, and missed no controller. Middleware layers and routes
 * matched by a pattern (the web app's catch-all) are not routes of the api.
 */
export function servedRoutes(app: INestApplication): string[] {
  const server = app.getHttpAdapter().getInstance() as express.Express;
  const layers = (server.router as unknown as { stack: RouterLayer[] }).stack;
  return layers.flatMap(({ route }) =>
    route && typeof route.path === 'string'
      ? Object.keys(route.methods)
          .filter((method) => route.methods[method])
          .map((method) => `${method.toUpperCase()} ${route.path}`)
      : [],
  );
}
