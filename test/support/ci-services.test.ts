import { describe, expect, it } from 'vitest';
import { requireServicesUnderCi } from './ci-services.js';

const up = (name: string) => ({ name, reachable: async () => true });
const down = (name: string) => ({ name, reachable: async () => false });

describe('requireServicesUnderCi', () => {
  it.each<[string | undefined, ReturnType<typeof up>[], string | undefined]>([
    ['true', [up('PostgreSQL'), up('Redis')], undefined],
    ['true', [down('PostgreSQL at 127.0.0.1:5432'), up('Redis')], 'CI=true: PostgreSQL at 127.0.0.1:5432 is unreachable'],
    ['true', [down('PostgreSQL'), down('Redis')], 'CI=true: PostgreSQL and Redis are unreachable'],
    // Off CI the suites skip, visibly, instead.
    [undefined, [down('PostgreSQL'), down('Redis')], undefined],
    ['false', [down('PostgreSQL')], undefined],
  ])('CI=%s: %j', async (ci, services, error) => {
    const result = requireServicesUnderCi(ci, services);
    if (error) await expect(result).rejects.toThrow(error);
    else await expect(result).resolves.toBeUndefined();
  });
});
