export type ComponentHealth = { status: 'up' } | { status: 'down'; message: string };

export interface HealthReport {
  status: 'ok' | 'error';
  database: ComponentHealth;
  redis: ComponentHealth;
}
