import { RequestMethod, type INestApplication, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, VERSION_METADATA } from '@nestjs/common/constants';
import { ApplicationConfig, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { RoutePathFactory } from '@nestjs/core/router/route-path-factory';
import { ROLES, type Role } from '@gp/domain';
import { PUBLIC_KEY, ROLES_KEY } from '@gp/api/core';

/** Who may call a route: anyone, or the signed-in holders of these roles (none: closed to all). */
export type RouteAccess = 'public' | readonly Role[];

type Handler = (...args: unknown[]) => unknown;

/** A route as Nest serves it, keyed `'GET /api/projects/:id'`. */
export interface DiscoveredRoute {
  key: string;
  method: string;
  path: string;
  access: RouteAccess;
  handler: string;
}

/**
 * Every route of the running app, read from Nest itself: each controller's path and method
 * metadata joined into the full path the way Nest's router does (global prefix and its
 * exclusions included), and the access metadata read exactly as the AccessGuard reads it.
 * Nothing here is a hand-kept list, so a new controller or handler shows up on its own.
 */
export function discoverRoutes(app: INestApplication): DiscoveredRoute[] {
  const reflector = app.get(Reflector);
  const scanner = new MetadataScanner();
  // The app's own ApplicationConfig (global prefix, exclusions, versioning) is not exposed by
  // INestApplication; the router builds paths from it, so the matrix must too.
  const config = (app as unknown as { config: ApplicationConfig }).config;
  const paths = new RoutePathFactory(config);
  const routes = new Map<string, DiscoveredRoute>();

  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type<object> | null;
      if (!controller) continue;
      const prototype = controller.prototype as Record<string, Handler>;
      for (const name of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name];
        const methodPaths = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
        if (methodPaths === undefined) continue;
        const requestMethod = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod;
        const method = RequestMethod[requestMethod];
        const access = accessOf(reflector, [handler, controller]);
        const fullPaths = [methodPaths].flat().flatMap((methodPath) =>
          paths.create(
            {
              ctrlPath: Reflect.getMetadata(PATH_METADATA, controller),
              methodPath,
              globalPrefix: config.getGlobalPrefix(),
              controllerVersion: Reflect.getMetadata(VERSION_METADATA, controller),
              methodVersion: Reflect.getMetadata(VERSION_METADATA, handler),
              versioningOptions: config.getVersioning(),
            },
            requestMethod,
          ),
        );
        for (const path of fullPaths) {
          const key = `${method} ${path}`;
          routes.set(key, { key, method, path, access, handler: `${controller.name}.${name}` });
        }
      }
    }
  }
  return [...routes.values()].sort((a, b) => a.key.localeCompare(b.key));
}

/** The guard's reading: @Public() wins; otherwise the @Roles() of the handler, else of the class. */
function accessOf(reflector: Reflector, targets: [Handler, Type<object>]): RouteAccess {
  const isPublic = reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets);
  if (isPublic) return 'public';
  const roles = reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets) ?? [];
  return ROLES.filter((role) => roles.includes(role));
}
