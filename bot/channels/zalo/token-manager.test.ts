import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../core/logger.js';
import type { HttpPost } from './http-post.js';
import { MemoryLock, MemoryTokenStore } from './memory-state.js';
import { ZaloTokenError, ZaloTokenManager } from './token-manager.js';

const config = { appId: 'app1', appSecret: 'app-secret', accessToken: 'env-at', refreshToken: 'env-rt', oauthUrl: 'http://oauth.test/' };
const NOW = 1_750_000_000_000;

function manager(responses: unknown[], store = new MemoryTokenStore()) {
  const requests: { url: string; headers: Record<string, string>; form: Record<string, string> }[] = [];
  const http: HttpPost = async (url, request) => {
    requests.push({ url, headers: { ...request.headers }, form: Object.fromEntries(new URLSearchParams(request.body)) });
    return { status: 200, body: JSON.stringify(responses.shift()) };
  };
  const tokens = new ZaloTokenManager({ config, store, lock: new MemoryLock(), logger: silentLogger, http, now: () => NOW });
  return { tokens, requests, store };
}

describe('ZaloTokenManager', () => {
  it('uses the pair from settings until Zalo rejects it', async () => {
    const { tokens, requests } = manager([]);
    expect(await tokens.accessToken()).toBe('env-at');
    expect(requests).toHaveLength(0);
  });

  it('refreshes with the documented request and saves the new pair (expires_in as a string)', async () => {
    const { tokens, requests, store } = manager([{ access_token: 'at2', refresh_token: 'rt2', expires_in: '90000' }]);
    expect(await tokens.refreshAfterRejection('env-at')).toBe('at2');
    expect(requests).toEqual([{ url: 'http://oauth.test/v4/oa/access_token',
      headers: { 'content-type': 'application/x-www-form-urlencoded', secret_key: 'app-secret' },
      form: { refresh_token: 'env-rt', app_id: 'app1', grant_type: 'refresh_token' } }]);
    expect(await store.load()).toEqual({ accessToken: 'at2', refreshToken: 'rt2', expiresAt: NOW + 90_000_000 });
  });

  it('prefers the persisted pair and refreshes it proactively near expiry', async () => {
    const store = new MemoryTokenStore({ accessToken: 'db-at', refreshToken: 'db-rt', expiresAt: NOW + 60_000 });
    const { tokens, requests } = manager([{ access_token: 'at3', refresh_token: 'rt3', expires_in: 90000 }], store);
    expect(await tokens.accessToken()).toBe('at3');
    expect(requests[0]?.form.refresh_token).toBe('db-rt');
  });

  it('does not refresh a token far from expiry', async () => {
    const store = new MemoryTokenStore({ accessToken: 'db-at', refreshToken: 'db-rt', expiresAt: NOW + 3_600_000 });
    const { tokens, requests } = manager([], store);
    expect(await tokens.accessToken()).toBe('db-at');
    expect(requests).toHaveLength(0);
  });

  it('skips the refresh when another caller already replaced the rejected token', async () => {
    const store = new MemoryTokenStore({ accessToken: 'fresh', refreshToken: 'rt', expiresAt: NOW + 3_600_000 });
    const { tokens, requests } = manager([], store);
    expect(await tokens.refreshAfterRejection('stale')).toBe('fresh');
    expect(requests).toHaveLength(0);
  });

  it('runs one refresh for many concurrent rejections', async () => {
    const { tokens, requests } = manager([{ access_token: 'at2', refresh_token: 'rt2', expires_in: '90000' }]);
    const results = await Promise.all(Array.from({ length: 10 }, () => tokens.refreshAfterRejection('env-at')));
    expect(new Set(results)).toEqual(new Set(['at2']));
    expect(requests).toHaveLength(1);
  });

  it('throws a ZaloTokenError with the code of a refused refresh and saves nothing', async () => {
    const { tokens, store } = manager([{ error: -14020, error_name: 'invalid_refresh_token', error_description: 'used' }]);
    const err = await tokens.refreshAfterRejection('env-at').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZaloTokenError);
    expect((err as ZaloTokenError).zaloCode).toBe(-14020);
    expect(await store.load()).toBeUndefined();
  });

  it('reuses a pair read in the last few seconds, and a token another instance replaced is taken from the store, not refreshed', async () => {
    const store = new MemoryTokenStore({ accessToken: 'at-a', refreshToken: 'rt-a', expiresAt: NOW + 86_400_000 });
    let loads = 0;
    const counting = { load: async () => (loads++, store.load()), save: (t: Parameters<typeof store.save>[0]) => store.save(t) };
    let t = NOW;
    const tokens = new ZaloTokenManager({ config, store: counting, lock: new MemoryLock(), logger: silentLogger, now: () => t,
      http: async () => { throw new Error('no refresh expected'); } });
    expect([await tokens.accessToken(), await tokens.accessToken()]).toEqual(['at-a', 'at-a']);
    expect(loads).toBe(1);
    // Another instance refreshed: this one still sends with its copy until Zalo rejects it or the copy ages out.
    await store.save({ accessToken: 'at-b', refreshToken: 'rt-b', expiresAt: NOW + 86_400_000 });
    expect(await tokens.accessToken()).toBe('at-a');
    expect(await tokens.refreshAfterRejection('at-a')).toBe('at-b');
    t += 10_000;
    expect(await tokens.accessToken()).toBe('at-b');
  });
});
