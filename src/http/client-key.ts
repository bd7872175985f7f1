// Who a public client is, for throttles: its address as the server sees it (the forwarded one only
// when TRUST_PROXY says so), and for IPv6 its /64 — one subscriber's prefix, from which a client can
// take any of 2⁶⁴ addresses.
import { isIPv6 } from 'node:net';

function expandIPv6(ip: string): string[] {
  const [head = '', tail] = ip.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const fill = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...fill, ...right];
}

export function clientKey(ip: string): string {
  if (!isIPv6(ip)) return ip;
  if (ip.toLowerCase().startsWith('::ffff:') && ip.includes('.')) return ip.slice(7);
  return `${expandIPv6(ip.split('%')[0]!)
    .slice(0, 4)
    .map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
