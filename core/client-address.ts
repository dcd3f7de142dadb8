import { isIP } from 'node:net';

/**
 * The key a client address is limited under: an IPv4 address as it is (also when Node reports it mapped into IPv6),
 * an IPv6 address by its /64, since one subscriber is handed a whole /64 and could otherwise take a new address for
 * every request.
 */
export function clientAddressKey(address: string | undefined): string {
  const plain = (address ?? '').replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  const family = isIP(plain);
  if (family === 4) return plain;
  if (family !== 6) return 'unknown';
  const [head = '', tail] = plain.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
