import { INestApplication, ValidationPipe } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import express from 'express';
import helmet from 'helmet';
import { join } from 'node:path';
import {
  ApiExceptionFilter,
  AppConfig,
  jsonBodyMiddleware,
  nulCharacterMiddleware,
  validationOptions,
} from '@gp/api/core';
import { applyAuthMiddleware, SESSION_COOKIE } from '@gp/api/auth';
import { API_DOCS_PATH, apiDocsForAdmins } from './api-docs-access';
import { compressAnswers } from './compress-answers.middleware';
import { serveWebApp } from './web-app.middleware';

/**
 * Everything between the network and the controllers, in order. The api's main and the
 * integration tests both call it, so tests run the same stack users do.
 */
export function configureApp(app: INestApplication, config: AppConfig): void {
  const server = app.getHttpAdapter().getInstance() as express.Express;
  server.set('trust proxy', config.trustProxy ? 1 : false);
  server.disable('x-powered-by');

  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Angular and Material set component styles at run time.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          'font-src': ["'self'", 'data:'],
          'upgrade-insecure-requests': config.appUrl.startsWith('https://') ? [] : null,
        },
      },
      strictTransportSecurity: config.appUrl.startsWith('https://'),
    }),
  );
  // Before everything that answers, so every answer can be compressed.
  app.use(...compressAnswers());
  app.use(jsonBodyMiddleware);
  app.use(nulCharacterMiddleware);
  applyAuthMiddleware(app);

  // The public project page lives outside /api, at the address a municipal web page links to.
  app.setGlobalPrefix('api', { exclude: ['public-projects', 'public-projects/{*rest}'] });
  app.useGlobalPipes(new ValidationPipe(validationOptions));
  app.useGlobalFilters(new ApiExceptionFilter());

  const openApi = new DocumentBuilder()
    .setTitle('Projektdesken API')
    .setDescription(
      'The international coordinator’s desk. Writes need the x-csrf-token header from GET /api/auth/session.',
    )
    .setVersion('1')
    .addCookieAuth(SESSION_COOKIE)
    .addSecurityRequirements('cookie')
    .build();
  if (config.nodeEnv === 'production') app.use(API_DOCS_PATH, apiDocsForAdmins(app));
  // Every document under the one guarded path; Swagger's default YAML address is beside it.
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi), {
    jsonDocumentUrl: 'api/docs/openapi.json',
    yamlDocumentUrl: 'api/docs/openapi.yaml',
  });

  serveWebApp(server, config.webDist ?? join(process.cwd(), 'dist/apps/web/browser'));
}
