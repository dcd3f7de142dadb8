import { pgReachable, TEST_PG_HOST } from '../../store/postgres/pg-test-server.js';
import { redisReachable, TEST_REDIS_HOST } from '../../store/redis/redis-test-server.js';

export interface ServiceProbe {
  readonly name: string;
  readonly reachable: () => Promise<boolean>;
}

export const TEST_SERVICES: readonly ServiceProbe[] = [
  { name: `PostgreSQL at ${TEST_PG_HOST}`, reachable: () => pgReachable() },
  { name: `Redis at ${TEST_REDIS_HOST}`, reachable: () => redisReachable() },
];

/**
 * On a developer's machine a suite whose server is missing is skipped, saying so in its name. Under CI (CI=true) that
 * would pass a run that never tested the PostgreSQL and Redis code, so an unreachable server fails the run instead.
 */
export async function requireServicesUnderCi(ci: string | undefined, services: readonly ServiceProbe[] = TEST_SERVICES): Promise<void> {
  if (ci !== 'true') return;
  const missing: string[] = [];
  for (const service of services) if (!(await service.reachable())) missing.push(service.name);
  if (missing.length > 0) {
    throw new Error(`CI=true: ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} unreachable; CI runs every suite (.ci/run starts both servers)`);
  }
}

/** vitest's global setup: runs once, before any test file. */
export default async function setup(): Promise<void> {
  await requireServicesUnderCi(process.env.CI);
}
