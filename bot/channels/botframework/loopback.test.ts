import { describe, expect, it } from 'vitest';
import { isLoopbackAddress, isLoopbackUrl } from './loopback.js';

describe('isLoopbackAddress', () => {
  it.each([
    ['127.0.0.1', true], ['127.8.9.10', true], ['::1', true], ['::ffff:127.0.0.1', true], ['0:0:0:0:0:0:0:1', true],
    ['10.0.0.1', false], ['192.0.2.10', false], ['::ffff:10.0.0.1', false], ['::', false], ['fe80::1', false], ['', false], [undefined, false],
    ['localhost', false], ['127.0.0.1.evil.example', false],
  ])('%s → %s', (address, expected) => {
    expect(isLoopbackAddress(address)).toBe(expected);
  });
});

describe('isLoopbackUrl', () => {
  it.each([
    ['http://127.0.0.1:9000', true], ['http://localhost:49152/', true], ['https://[::1]:8080/x', true], ['http://127.1.2.3', true],
    ['http://192.0.2.10:9', false], ['https://smba.trafficmanager.net/apac/', false], ['http://127.0.0.1.nip.io/', false],
    ['http://localhost.evil.example/', false], ['ftp://127.0.0.1/', false], ['file:///etc/passwd', false], ['not a url', false],
    ['http://[::ffff:7f00:1]/', true], ['http://2130706433/', true], ['', false], [undefined, false],
  ])('%s → %s', (url, expected) => {
    expect(isLoopbackUrl(url)).toBe(expected);
  });
});
