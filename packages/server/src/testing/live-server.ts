import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * The real `netwerkkracht serve` in a child process, for tests that need a process to kill (crash
 * safety) and for the API benchmark: the load generator must not share the server's event loop.
 * It runs the built CLI (packages/cli/dist), so callers build first (`tsc -b packages/cli`).
 */
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
export const CLI_BIN = `${REPO_ROOT}packages/cli/bin/netwerkkracht.js`;

export interface LiveServer {
  readonly url: string;
  readonly child: ChildProcess;
  /** Everything the process printed on stdout so far. */
  output(): string;
  /** Everything the process printed on stderr so far. */
  errors(): string;
  /** The one-time password printed at a first start, or null. */
  readonly oneTimePassword: string | null;
  /** Resolves with the exit code (or signal) when the process has ended. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Sends a signal to the server and its worker processes at once, as a crash of the machine would stop them all. */
  killAll(signal: NodeJS.Signals): void;
}

/** Starts `serve --port 0 --no-web` in `cwd` with `env`, and waits until it prints its address. */
export async function startLiveServer(options: { cwd: string; env: Record<string, string>; args?: readonly string[]; timeoutMs?: number }): Promise<LiveServer> {
  const child = spawn(process.execPath, [CLI_BIN, 'serve', '--port', '0', '--no-web', '--lang', 'en', ...(options.args ?? [])], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so that killAll reaches the workers too.
    detached: true,
  });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => { out += chunk; });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => { err += chunk; });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`serve did not start in time:\n${out}\n${err}`)); }, options.timeoutMs ?? 30_000);
    const check = () => {
      const found = /running at (http:\/\/\S+) \(/.exec(out);
      if (found?.[1]) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    };
    child.stdout.on('data', check);
    void exited.then(({ code, signal }) => { clearTimeout(timer); reject(new Error(`serve ended early (${code ?? signal}):\n${out}\n${err}`)); });
  });
  const password = /One-time password: (\S+)/.exec(out)?.[1] ?? null;
  const killAll = (signal: NodeJS.Signals) => {
    try {
      process.kill(-(child.pid as number), signal);
    } catch {
      // the group has ended already
    }
  };
  return { url, child, output: () => out, errors: () => err, oneTimePassword: password, exited, killAll };
}

/** The cookie header a browser would send after this answer: its cookies replace those of the same name. */
function withCookies(cookie: string, headers: Headers): string {
  const jar = new Map(cookie.split('; ').filter((c) => c !== '').map((c) => [c.split('=')[0] as string, c]));
  for (const set of headers.getSetCookie()) {
    const pair = set.split(';')[0] as string;
    jar.set(pair.split('=')[0] as string, pair);
  }
  return [...jar.values()].join('; ');
}

/** A signed-in client over real HTTP: the session cookie, and the CSRF token on every change. */
export class HttpSession {
  private constructor(readonly baseUrl: string, private cookie: string, private csrfToken: string) {}

  static async login(baseUrl: string, email: string, password: string): Promise<HttpSession> {
    const res = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
    if (res.status !== 200) throw new Error(`login of ${email}: ${res.status} ${await res.text()}`);
    const body = await res.json() as { csrfToken: string };
    return new HttpSession(baseUrl, withCookies('', res.headers), body.csrfToken);
  }

  /** Replaces the one-time password (required before anything else) and keeps the new session. */
  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    const res = await this.request('POST', '/api/auth/password', { currentPassword, newPassword });
    if (res.status !== 200) throw new Error(`password change: ${res.status} ${JSON.stringify(res.body)}`);
    this.cookie = withCookies(this.cookie, res.headers);
    this.csrfToken = (res.body as { csrfToken: string }).csrfToken;
  }

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: unknown; headers: Headers }> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        cookie: this.cookie,
        ...(method === 'GET' ? {} : { 'x-csrf-token': this.csrfToken }),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, body: text === '' ? null : JSON.parse(text) as unknown, headers: res.headers };
  }
}
