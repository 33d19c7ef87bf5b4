// The environment is validated at start: bad values are named, dangerous ones refused.
import { describe, expect, it } from 'vitest';
import { Env } from '../src/env.js';

const issues = (env: Record<string, string>) => {
  const parsed = Env.safeParse(env);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('Env', () => {
  it('defaults: loopback, plain http, no proxy trusted, uploads off, 600 requests a minute', () => {
    expect(Env.parse({})).toMatchObject({
      HOST: '127.0.0.1', HTTPS: false, TRUST_PROXY: false, RATE_LIMIT_PER_MINUTE: 600,
      PARSE_TIMEOUT_SECONDS: 120, PARSE_MEMORY_MB: 1024, LOG_LEVEL: 'info',
    });
    expect(Env.parse({}).DUTYMAP_ADMIN_TOKEN).toBeUndefined();
  });

  it('DUTYMAP_ADMIN_TOKEN: empty turns uploads off; whitespace only or short stops the start', () => {
    expect(Env.parse({ DUTYMAP_ADMIN_TOKEN: '' }).DUTYMAP_ADMIN_TOKEN).toBeUndefined();
    expect(Env.parse({ DUTYMAP_ADMIN_TOKEN: ' 0123456789abcdef\n' }).DUTYMAP_ADMIN_TOKEN).toBe('0123456789abcdef');
    expect(issues({ DUTYMAP_ADMIN_TOKEN: '   ' })).toEqual(['DUTYMAP_ADMIN_TOKEN: is only whitespace; unset it to turn uploads off']);
    expect(issues({ DUTYMAP_ADMIN_TOKEN: 'short' })).toEqual(['DUTYMAP_ADMIN_TOKEN: must be at least 16 characters']);
  });

  it('TRUST_PROXY: hops, addresses, subnets and named ranges; never "true"', () => {
    expect(Env.parse({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(false);
    expect(Env.parse({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(Env.parse({ TRUST_PROXY: 'loopback, 10.0.0.0/8,::1,fd00::/8, 192.168.1.20' }).TRUST_PROXY).toEqual(['loopback', '10.0.0.0/8', '::1', 'fd00::/8', '192.168.1.20']);
    expect(issues({ TRUST_PROXY: 'true' })).toEqual(["TRUST_PROXY: true would trust any X-Forwarded-For a client sends; give the number of proxy hops or the proxies' addresses"]);
    expect(issues({ TRUST_PROXY: '10.0.0.0/33,proxy.local' })).toEqual(['TRUST_PROXY: not an address, subnet or loopback/linklocal/uniquelocal: 10.0.0.0/33, proxy.local']);
  });

  it('HTTPS, RATE_LIMIT_PER_MINUTE, PARSE_* are checked', () => {
    expect(Env.parse({ HTTPS: 'true', RATE_LIMIT_PER_MINUTE: '0' })).toMatchObject({ HTTPS: true, RATE_LIMIT_PER_MINUTE: 0 });
    expect(issues({ HTTPS: 'yes' }).map((i) => i.split(':')[0])).toEqual(['HTTPS']);
    expect(issues({ RATE_LIMIT_PER_MINUTE: '-1', PARSE_MEMORY_MB: '8' }).map((i) => i.split(':')[0])).toEqual(['PARSE_MEMORY_MB', 'RATE_LIMIT_PER_MINUTE'].sort());
  });
});
