import { describe, expect, it } from 'vitest';
import { ConfigError } from '../core/errors.js';
import { parseConfig } from './config.js';

describe('parseConfig', () => {
  it('has embedded defaults and no model', () => {
    const c = parseConfig({});
    expect(c).toMatchObject({ port: 3978, maxQuestionChars: 2000 });
    expect(c.openai).toBeUndefined();
    expect(c.dataDir).toMatch(/data$/);
  });
  it('listens on every interface, believes loopback proxies and gives a request 30 s unless told', () => {
    expect(parseConfig({})).toMatchObject({ host: '0.0.0.0', trustProxy: ['loopback'], requestTimeoutMs: 30_000 });
    expect(parseConfig({ HOST: '127.0.0.1', TRUST_PROXY: '10.0.0.5, 10.1.0.0/16,loopback', REQUEST_TIMEOUT_MS: '20000' }))
      .toMatchObject({ host: '127.0.0.1', trustProxy: ['10.0.0.5', '10.1.0.0/16', 'loopback'], requestTimeoutMs: 20_000 });
    expect(parseConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(parseConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
  });
  it('turns the model path on with a key and treats empty values as unset', () => {
    expect(parseConfig({ OPENAI_API_KEY: 'k', OPENAI_BASE_URL: 'http://127.0.0.1:1/v1' }).openai).toMatchObject({ apiKey: 'k', embeddingModel: 'text-embedding-3-small' });
    expect(parseConfig({ OPENAI_API_KEY: '' }).openai).toBeUndefined();
  });
  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ OPENAI_BASE_URL: 'not a url' }, 'OPENAI_BASE_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ HOST: 'not a host!' }, 'HOST'],
    [{ TRUST_PROXY: 'true' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: 'nginx' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: '10.0.0.0/33' }, 'TRUST_PROXY'],
    [{ REQUEST_TIMEOUT_MS: '500' }, 'REQUEST_TIMEOUT_MS'],
  ])('%j names %s', (env, name) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(name);
  });
});

describe('Zalo settings', () => {
  const full = { ZALO_APP_ID: '123', ZALO_OA_SECRET_KEY: 's', ZALO_APP_SECRET: 'a', ZALO_ACCESS_TOKEN: 't', ZALO_REFRESH_TOKEN: 'r' };
  it('turns the channel on with every secret', () => {
    expect(parseConfig(full).zalo).toMatchObject({ appId: '123', openapiUrl: 'https://openapi.zalo.me', oauthUrl: 'https://oauth.zaloapp.com' });
  });
  it('leaves it off without ZALO_APP_ID', () => {
    expect(parseConfig({}).zalo).toBeUndefined();
  });
  it('decides the answer thread by the machine unless ANSWER_THREAD says, and refuses anything else', () => {
    expect(['auto', 'true', 'false'].map((v) => parseConfig({ ANSWER_THREAD: v }).answerThread)).toEqual(['auto', true, false]);
    expect(parseConfig({}).answerThread).toBe('auto');
    expect(() => parseConfig({ ANSWER_THREAD: 'yes' })).toThrow('ANSWER_THREAD');
  });
  it('refuses to start half-configured and names what is missing', () => {
    expect(() => parseConfig({ ZALO_APP_ID: '123', ZALO_OA_SECRET_KEY: 's' })).toThrow(/ZALO_APP_SECRET, ZALO_ACCESS_TOKEN, ZALO_REFRESH_TOKEN are missing/);
  });
});

describe('admin and store settings', () => {
  it('has safe defaults', () => {
    expect(parseConfig({})).toMatchObject({ curatedThreshold: 0.8, secureCookies: false, sessionTtlMs: 12 * 3_600_000 });
    expect(parseConfig({}).databaseUrl).toBeUndefined();
  });
  it('puts a Redis key prefix before every key only when told', () => {
    expect(parseConfig({ REDIS_URL: 'redis://127.0.0.1:6379' }).redisKeyPrefix).toBeUndefined();
    expect(parseConfig({ REDIS_URL: 'redis://127.0.0.1:6379', REDIS_KEY_PREFIX: 'hanoi:' }).redisKeyPrefix).toBe('hanoi:');
  });
  it.each([
    [{ ADMIN_USERNAME: 'admin' }, 'ADMIN_USERNAME and ADMIN_PASSWORD go together'],
    [{ ADMIN_USERNAME: 'admin', ADMIN_PASSWORD: 'short' }, 'ADMIN_PASSWORD'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ CURATED_MATCH_THRESHOLD: '0.2' }, 'CURATED_MATCH_THRESHOLD'],
    [{ REDIS_URL: 'redis://127.0.0.1:6379', REDIS_KEY_PREFIX: 'city a:' }, 'REDIS_KEY_PREFIX'],
    [{ REDIS_KEY_PREFIX: 'hanoi:' }, 'REDIS_KEY_PREFIX is set but REDIS_URL is not'],
  ])('%j is refused naming %s', (env, text) => {
    expect(() => parseConfig(env)).toThrow(text);
  });
  it('reads the first admin and PostgreSQL URL', () => {
    const c = parseConfig({ ADMIN_USERNAME: 'admin', ADMIN_PASSWORD: 'a-long-password', DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' });
    expect(c.firstAdmin).toEqual({ username: 'admin', password: 'a-long-password' });
    expect(c.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/test');
  });
});

describe('channel security settings', () => {
  it('keeps /api/messages closed and limits 60 web chat questions a minute per address unless told', () => {
    expect(parseConfig({})).toMatchObject({ botFramework: { emulator: false }, rateLimitPerAddressPerMinute: 60, rateLimitPerMinute: 15 });
    expect(parseConfig({ BOT_EMULATOR: 'true', RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '200' }))
      .toMatchObject({ botFramework: { emulator: true }, rateLimitPerAddressPerMinute: 200 });
  });
  it.each([
    [{ BOT_EMULATOR: 'yes' }, 'BOT_EMULATOR'],
    [{ BOT_EMULATOR: 'true', MicrosoftAppId: 'app' }, 'BOT_EMULATOR=true is for a developer\'s machine without Microsoft credentials'],
    [{ RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '0' }, 'RATE_LIMIT_PER_ADDRESS_PER_MINUTE'],
  ])('%j is refused naming %s', (env, text) => {
    expect(() => parseConfig(env)).toThrow(text);
  });
});

describe('Messenger settings', () => {
  const full = { MESSENGER_APP_SECRET: 'app-secret', MESSENGER_PAGE_ACCESS_TOKEN: 'EAAG-page', MESSENGER_VERIFY_TOKEN: 'chosen' };
  it('turns the channel on with its three secrets, on Meta\'s versioned Graph API unless told', () => {
    expect(parseConfig(full).messenger).toEqual({ appSecret: 'app-secret', pageAccessToken: 'EAAG-page', verifyToken: 'chosen',
      graphUrl: 'https://graph.facebook.com/v23.0' });
    expect(parseConfig({ ...full, MESSENGER_GRAPH_URL: 'http://127.0.0.1:3980/v23.0/' }).messenger?.graphUrl).toBe('http://127.0.0.1:3980/v23.0');
  });
  it('leaves it off with none of them', () => {
    expect(parseConfig({}).messenger).toBeUndefined();
  });
  it.each([
    [{ MESSENGER_APP_SECRET: 's' }, /MESSENGER_PAGE_ACCESS_TOKEN, MESSENGER_VERIFY_TOKEN are missing/],
    [{ MESSENGER_APP_SECRET: 's', MESSENGER_PAGE_ACCESS_TOKEN: 't' }, /MESSENGER_VERIFY_TOKEN is missing/],
    [{ MESSENGER_VERIFY_TOKEN: 'v', MESSENGER_PAGE_ACCESS_TOKEN: ' ' }, /MESSENGER_APP_SECRET, MESSENGER_PAGE_ACCESS_TOKEN are missing/],
  ])('refuses a partial setting %j, naming what is missing', (env, message) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(message);
  });
  it('refuses a Graph URL without its version', () => {
    expect(() => parseConfig({ ...full, MESSENGER_GRAPH_URL: 'https://graph.facebook.com' })).toThrow('MESSENGER_GRAPH_URL');
  });
});
