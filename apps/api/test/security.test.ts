// What the server tells and keeps: headers that work over plain http on a LAN, a rate limit per
// client behind a proxy, and logs with one line per request and no secret in them.
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logging.js';
import { ADMIN_TOKEN, auth, body, qs, startApi } from './utils/api.js';
import { planText } from './utils/plans.js';

describe('security headers', () => {
  it('over plain http: a CSP without upgrade-insecure-requests and no HSTS (a LAN address over http must not blank the UI)', async () => {
    const api = await startApi();
    try {
      const res = await api.get('/');
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(res.headers.get('strict-transport-security')).toBeNull();
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    } finally {
      await api.close();
    }
  });

  it('with https: HSTS and upgrade-insecure-requests', async () => {
    const api = await startApi({ https: true });
    try {
      const res = await api.get('/api/stats');
      expect(res.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
      expect(res.headers.get('strict-transport-security')).toBe('max-age=15552000');
    } finally {
      await api.close();
    }
  });
});

describe('rate limit', () => {
  const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });
  const statuses = async (get: (path: string, init?: RequestInit) => Promise<Response>, address: string, n: number) => {
    const out: number[] = [];
    for (let i = 0; i < n; i += 1) out.push((await get('/api/stats', from(address))).status);
    return out;
  };

  it('behind a trusted proxy, each client has its own budget', async () => {
    const api = await startApi({ rateLimitPerMinute: 3, trustProxy: 1 });
    try {
      expect(await statuses(api.get, '203.0.113.1', 4)).toEqual([200, 200, 200, 429]);
      expect(await statuses(api.get, '203.0.113.2', 1)).toEqual([200]);
      const limited = await api.get('/api/stats', from('203.0.113.1'));
      expect(await body(limited)).toEqual({ error: { code: 'rate-limited', message: 'more than 3 requests a minute; slow down' } });
    } finally {
      await api.close();
    }
  });

  it('with no proxy trusted, X-Forwarded-For buys no fresh budget', async () => {
    const api = await startApi({ rateLimitPerMinute: 3 });
    try {
      expect(await statuses(api.get, '203.0.113.1', 3)).toEqual([200, 200, 200]);
      expect(await statuses(api.get, '203.0.113.2', 1)).toEqual([429]);
    } finally {
      await api.close();
    }
  });
});

describe('logs', () => {
  it('one line per request with method, url, status, time and client; no headers, no token', async () => {
    const written: string[] = [];
    const logger = createLogger({ level: 'info', pretty: false }, { write: (line: string) => void written.push(line) });
    const api = await startApi({ logger });
    try {
      written.length = 0;
      await api.get('/api/stats', { headers: { ...auth, cookie: 'session=secret-cookie' } });
      await api.get('/api/units/unit_nope', { headers: auth });
      const upload = await api.get(`/api/documents${qs({ name: '日志测试.txt' })}`, {
        method: 'POST', headers: auth, body: planText('日志测试', [{ text: '开展测试行动。', lead: '市测试局', support: '市妇联' }]),
      });
      expect(upload.status).toBe(201);
      await api.get('/api/documents?name=a.txt', { method: 'POST', body: 'x', headers: { authorization: 'Bearer wrong-token-0123456789' } });
      await api.get('/healthz');
      const requests = written.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => line['msg'] === 'request');
      expect(requests.map((line) => [line['method'], line['url'], line['status']])).toEqual([
        ['GET', '/api/stats', 200],
        ['GET', '/api/units/unit_nope', 404],
        ['POST', `/api/documents${qs({ name: '日志测试.txt' })}`, 201],
        ['POST', '/api/documents?name=a.txt', 403],
      ]);
      for (const line of requests) {
        expect(Object.keys(line).sort()).toEqual(['ip', 'level', 'method', 'ms', 'msg', 'reqId', 'service', 'status', 'time', 'url']);
        expect(line['ip']).toBe('127.0.0.1');
      }
      const all = written.join('');
      expect(all).not.toContain(ADMIN_TOKEN);
      expect(all).not.toContain('wrong-token-0123456789');
      expect(all).not.toContain('secret-cookie');
    } finally {
      await api.close();
    }
  });

  it('a 5xx: one line with the error for the operator; a generic message for the client', async () => {
    const written: string[] = [];
    const logger = createLogger({ level: 'info', pretty: false }, { write: (line: string) => void written.push(line) });
    const api = await startApi({ logger });
    try {
      await api.graph.close();
      written.length = 0;
      const res = await api.get('/api/stats');
      expect(res.status).toBe(503);
      expect(await body(res)).toEqual({ error: { code: 'store-closed', message: 'a store is unavailable; try again later' } });
      const lines = written.map((line) => JSON.parse(line) as { msg: string; status: number; err?: { code: string } });
      expect(lines.map((line) => [line.msg, line.status, line.err?.code])).toEqual([['request failed', 503, 'store-closed']]);
    } finally {
      await api.close();
    }
  });

  it('secrets are redacted wherever a caller puts them', () => {
    const written: string[] = [];
    const logger = createLogger({ level: 'info', pretty: false }, { write: (line: string) => void written.push(line) });
    logger.info({ authorization: 'Bearer abc', req: { headers: { authorization: 'Bearer abc', cookie: 'c=1' } }, options: { password: 'pw', token: 't' } }, 'x');
    const line = JSON.parse(written[0]!) as Record<string, unknown>;
    expect(line['authorization']).toBe('[redacted]');
    expect(line['req']).toEqual({ headers: { authorization: '[redacted]', cookie: '[redacted]' } });
    expect(line['options']).toEqual({ password: '[redacted]', token: '[redacted]' });
  });
});
