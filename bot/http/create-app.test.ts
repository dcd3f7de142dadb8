import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../core/logger.js';
import { createApp } from './create-app.js';

let url: string;
let close: () => void;

beforeAll(async () => {
  const server = createApp({ logger: silentLogger, routers: [] }).listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => close?.());

const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('unknown addresses', () => {
  it.each([
    ['/trang-khong-co', BROWSER],
    ['/hoi-dap/cu', '*/*'],
  ])('a person at %s gets a Vietnamese page with a link back to the chat', async (path, accept) => {
    const res = await fetch(`${url}${path}`, { headers: { accept } });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/);
    const page = await res.text();
    expect(page).toContain('<html lang="vi">');
    expect(page).toContain('Không tìm thấy trang');
    expect(page).toContain('<a class="not-found-link" href="/">Quay lại trò chuyện với trợ lý</a>');
    expect(page).not.toContain('<script');
  });

  it.each([
    ['/api/khong-co', BROWSER],
    ['/admin/api/khong-co', BROWSER],
    ['/trang-khong-co', 'application/json'],
  ])('%s (Accept %s) stays JSON', async (path, accept) => {
    const res = await fetch(`${url}${path}`, { headers: { accept } });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'not_found' });
  });

  it('puts nothing from the address into the page', async () => {
    const page = await (await fetch(`${url}/%3Cscript%3Ealert(1)%3C%2Fscript%3E`, { headers: { accept: BROWSER } })).text();
    expect(page).not.toContain('alert(1)');
  });
});
