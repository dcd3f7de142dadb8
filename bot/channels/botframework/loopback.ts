import { BlockList, isIP } from 'node:net';

// 127.0.0.0/8, ::1, and 127.0.0.0/8 mapped into IPv6 (which URL writes as ::ffff:7f00:1).
const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');
LOOPBACK.addSubnet('::ffff:7f00:0', 104, 'ipv6');

/** Whether an IP address (as Node reports a peer: IPv4, IPv6, or IPv4 mapped into IPv6) is this machine's loopback. */
export function isLoopbackAddress(address: string | undefined): boolean {
  const plain = address?.replace(/^\[|\]$/g, '') ?? '';
  const family = isIP(plain);
  return family !== 0 && LOOPBACK.check(plain, family === 4 ? 'ipv4' : 'ipv6');
}

/** Whether a URL is http(s) to a loopback host, as the Bot Framework Emulator's serviceUrl on a developer's machine is. */
export function isLoopbackUrl(url: string | undefined): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  // "localhost" resolves to loopback on the machines the Emulator runs on; any other name could resolve anywhere.
  return parsed.hostname === 'localhost' || isLoopbackAddress(parsed.hostname);
}
