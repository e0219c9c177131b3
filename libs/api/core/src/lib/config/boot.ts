import { AppConfig, ConfigError, loadAppConfig } from './app-config';

/** Reads the configuration, or stops the process with one line that names the variable. */
export function configOrExit(): AppConfig {
  try {
    return loadAppConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}

/** A start-up failure (Redis policy, unreachable service) as one line, then exit. */
export function exitOnStartFailure(error: unknown): never {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
