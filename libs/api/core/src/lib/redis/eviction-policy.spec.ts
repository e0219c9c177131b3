import { assertNoEviction, readEvictionPolicy } from './eviction-policy';

const infoWith = (policy: string) => ({
  info: async () => `# Memory\r\nused_memory:1000\r\nmaxmemory_policy:${policy}\r\n`,
});

describe('Redis eviction policy', () => {
  it('reads the policy from INFO memory', async () => {
    await expect(readEvictionPolicy(infoWith('allkeys-lru'))).resolves.toBe('allkeys-lru');
  });

  it('accepts noeviction', async () => {
    await expect(assertNoEviction(infoWith('noeviction'))).resolves.toBeUndefined();
  });

  it('refuses any other policy and names the setting', async () => {
    await expect(assertNoEviction(infoWith('volatile-lru'))).rejects.toThrow(/maxmemory-policy noeviction/);
  });
});
