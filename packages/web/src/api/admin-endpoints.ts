import { api } from './client.js';
import { fail, isRecord, text, type Role } from './endpoints.js';

/** The beheerder's routes: the accounts of the organisation and the audit log. */
export interface Account {
  readonly id: string;
  readonly displayName: string;
  readonly role: Role;
  readonly email: string;
}

export type AuditCategory = 'access' | 'denied';

export interface AuditLine {
  readonly id: number;
  readonly at: string;
  readonly userId: string | null;
  readonly action: string;
  readonly caseId: string | null;
  readonly target: string | null;
  readonly route: string | null;
}

const orNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);

function readAccounts(body: unknown): Account[] {
  if (!isRecord(body) || !Array.isArray(body.users)) fail('users');
  return body.users.map((u) => {
    if (!isRecord(u)) fail('user');
    return { id: text(u.id, 'user.id'), displayName: text(u.displayName, 'displayName'), role: text(u.role, 'role') as Role, email: orNull(u.email) ?? '' };
  });
}

function readAudit(body: unknown): AuditLine[] {
  if (!isRecord(body) || !Array.isArray(body.entries)) fail('audit');
  return body.entries.map((e) => {
    if (!isRecord(e) || typeof e.id !== 'number') fail('audit line');
    return {
      id: e.id, at: text(e.at, 'at'), userId: orNull(e.userId), action: text(e.action, 'action'),
      caseId: orNull(e.caseId), target: orNull(e.target), route: orNull(e.route),
    };
  });
}

export const admin = {
  accounts: () => api.get('/users', readAccounts),
  /** A new one-time password for the account, shown once; the owner's sessions end. */
  resetPassword: (userId: string) => api.send('PATCH', `/users/${encodeURIComponent(userId)}`, { resetPassword: true }, (body) => {
    if (!isRecord(body)) fail('reset');
    return text(body.oneTimePassword, 'oneTimePassword');
  }),
  /** A lost device: every session of the account ends, and with them the keys that open what its devices keep. */
  endSessions: (userId: string) => api.send('PATCH', `/users/${encodeURIComponent(userId)}`, { endSessions: true }, () => null),
  audit: (category: AuditCategory | null) => api.get(`/audit?limit=200${category ? `&category=${category}` : ''}`, readAudit),
};
