export * from './lib/session/auth.api';
export * from './lib/session/session.store';
export * from './lib/session/provide-session';
export * from './lib/guards/signed-in.guard';
export * from './lib/guards/signed-out.guard';
export * from './lib/guards/role.guard';
export * from './lib/auth.routes';
