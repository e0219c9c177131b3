export * from './lib/guards/signed-in.guard';
export * from './lib/guards/signed-out.guard';
export * from './lib/guards/role.guard';
export * from './lib/auth.routes';
