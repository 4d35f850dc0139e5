import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../test-support.js';

// The real command, as `npm start` runs it: node packages/cli/bin/netwerkkracht.js serve.
const BIN = join(REPO_ROOT, 'packages/cli/bin/netwerkkracht.js');

const dirs: string[] = [];
beforeAll(() => {
  execFileSync(process.execPath, [join(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '-b', join(REPO_ROOT, 'packages/cli')], { stdio: 'inherit' });
}, 180_000);
afterAll(() => { for (const dir of dirs) rmSync(dir, { recursive: true, force: true }); });

/** Starts `serve` on a free port (0: the system picks one) and waits for the line with its address. */
async function serve(cwd: string, args: string[] = ['--no-web'], env: Record<string, string> = {}, timeoutMs = 20_000) {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], {
    cwd, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? cwd, ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => { out += c; });
  child.stderr.setEncoding('utf8').on('data', (c: string) => { err += c; });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start line:\n${out}\n${err}`)), timeoutMs);
      child.stdout.on('data', () => {
        const found = /draait op (http:\/\/localhost:\d+) /.exec(out);
        if (found?.[1]) { clearTimeout(timer); resolve(found[1]); }
      });
      void exited.then((code) => { clearTimeout(timer); reject(new Error(`serve ended (${code}):\n${out}\n${err}`)); });
    });
    return { child, url, exited, out: () => out, err: () => err };
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
}

describe('netwerkkracht serve (a real process)', () => {
  it('sets up an empty database, prints the one-time password once, answers on the port, and stops cleanly on SIGTERM', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'netwerkkracht-serve-'));
    dirs.push(cwd);
    const first = await serve(cwd, ['--no-web', '--email', 'beheer@voorbeeld.be']);
    try {
      const health = await fetch(`${first.url}/api/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok' });

      const password = /Eenmalig wachtwoord: (\S+)/.exec(first.out())?.[1] ?? '';
      expect(password).not.toBe('');
      const login = await fetch(`${first.url}/api/auth/login`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'beheer@voorbeeld.be', password }),
      });
      expect(login.status).toBe(200);
      expect((await login.json() as { user: { role: string; mustChangePassword: boolean } }).user).toMatchObject({ role: 'beheerder', mustChangePassword: true });
      expect(statSync(join(cwd, 'data', 'netwerkkracht.sqlite')).isFile()).toBe(true);
      expect(statSync(join(cwd, 'data', 'netwerkkracht.key')).mode & 0o777).toBe(0o600);

      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);
      expect(first.out()).toContain('Netwerkkracht is gestopt.');
      expect(first.err()).toBe('');
    } finally {
      first.child.kill('SIGKILL');
    }

    // The password was shown once: a second start on the same data never shows one again.
    const second = await serve(cwd);
    try {
      expect(second.out()).not.toMatch(/wachtwoord/i);
      second.child.kill('SIGINT');
      expect(await second.exited).toBe(0);
    } finally {
      second.child.kill('SIGKILL');
    }
  }, 60_000);

  it('builds the web app when it is missing, then serves it with its pages falling back to index.html', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'netwerkkracht-serve-'));
    dirs.push(cwd);
    const webDist = join(cwd, 'web');
    const server = await serve(cwd, [], { NETWERKKRACHT_WEB_DIST: webDist }, 150_000);
    try {
      expect(server.out()).toContain(`De webapp is nog niet gebouwd (${webDist}/index.html ontbreekt).`);
      expect(server.out()).toContain('De webapp is gebouwd.');
      expect(statSync(join(webDist, 'index.html')).isFile()).toBe(true);
      for (const path of ['/', '/kaart/een-pagina-na-herladen']) {
        const page = await fetch(`${server.url}${path}`);
        expect(page.status, path).toBe(200);
        expect(page.headers.get('content-type'), path).toMatch(/^text\/html/);
        expect(page.headers.get('content-security-policy'), path).toContain("default-src 'self'");
        expect(await page.text(), path).toMatch(/<!doctype html>/i);
      }
      // An API path never falls back to the page: it answers JSON (here: not signed in).
      const missing = await fetch(`${server.url}/api/bestaat-niet`);
      expect(missing.status).toBe(401);
      expect(missing.headers.get('content-type')).toMatch(/^application\/json/);
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    } finally {
      server.child.kill('SIGKILL');
    }
  }, 180_000);

  it('exits 2 with one line when the port is taken', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'netwerkkracht-serve-'));
    dirs.push(cwd);
    const running = await serve(cwd);
    try {
      const port = new URL(running.url).port;
      const other = mkdtempSync(join(tmpdir(), 'netwerkkracht-serve-'));
      dirs.push(other);
      const clash = spawn(process.execPath, [BIN, 'serve', '--port', port, '--no-web', '--lang', 'en'], { cwd: other, env: { PATH: process.env.PATH ?? '' } });
      let err = '';
      clash.stderr.setEncoding('utf8').on('data', (c: string) => { err += c; });
      const code = await new Promise<number | null>((resolve) => clash.on('exit', resolve));
      expect(code).toBe(2);
      expect(err).toMatch(/^netwerkkracht: the server cannot start: .*EADDRINUSE/);
      expect(err.trim().split('\n')).toHaveLength(1);
    } finally {
      running.child.kill('SIGKILL');
    }
  }, 60_000);
});
