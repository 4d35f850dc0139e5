import { beforeEach, describe, expect, it } from 'vitest';
import type { SessionUser } from '../api/endpoints.js';
import { installMemoryStorage } from '../device/memory-storage.js';
import { openSealedText, sealText } from '../device/sealed-text.js';
import { forgetKeyring, KEYRING_PREFIX, keyringAtSignIn, keyringOnReload, storedKeyrings, unlockWithPassword } from './keyring.js';

const storage = installMemoryStorage();

const USER: SessionUser = { id: 'u1', displayName: 'Naima Begeleider', role: 'begeleider', teamId: 't1', mustChangePassword: false, passwordReset: null };
const PASSWORD = 'mijn eigen lange wachtwoord';
const sessionBytes = () => crypto.getRandomValues(new Uint8Array(32));

describe('the device key, kept on the device only wrapped', () => {
  beforeEach(() => storage.clear());

  it('[KR1 never in clear] what is stored holds no key and no name: only wrapped copies and a sealed profile', async () => {
    const key = await keyringAtSignIn(USER, PASSWORD, sessionBytes());
    expect(key.extractable).toBe(false);
    const stored = storage.getItem(`${KEYRING_PREFIX}u1`) ?? '';
    expect(Object.keys(JSON.parse(stored) as object).sort()).toEqual(['byPassword', 'bySession', 'profile', 'rounds', 'salt', 'userId', 'v']);
    expect(stored).not.toContain('Naima');
    expect(stored).not.toContain('begeleider');
  }, 20_000);

  it('[KR2 session key] a reload of the same session opens the key; another session\'s key does not', async () => {
    const session = sessionBytes();
    const key = await keyringAtSignIn(USER, PASSWORD, session.slice());
    const sealed = await sealText(key, 'Oma Rita', 'draft:m1');
    const again = await keyringOnReload(USER, session.slice());
    expect(again && await openSealedText(again, sealed, 'draft:m1')).toBe('Oma Rita');
    expect(await keyringOnReload(USER, sessionBytes())).toBeNull();
  }, 20_000);

  it('[KR3 offline] the password opens the key and says whose it is; a wrong password opens nothing', async () => {
    const key = await keyringAtSignIn(USER, PASSWORD, sessionBytes());
    const sealed = await sealText(key, 'Buurman Jos', 'visit:c1');
    const opened = await unlockWithPassword(PASSWORD);
    expect(opened?.user).toMatchObject({ id: 'u1', displayName: 'Naima Begeleider', role: 'begeleider' });
    expect(opened && await openSealedText(opened.key, sealed, 'visit:c1')).toBe('Buurman Jos');
    expect(await unlockWithPassword('een ander wachtwoord')).toBeNull();
  }, 30_000);

  it('[KR4 next sign-in] signing in again with the password keeps the key (edits made offline stay readable) under the new session', async () => {
    const first = await keyringAtSignIn(USER, PASSWORD, sessionBytes());
    const sealed = await sealText(first, 'Tante Mira', 'draft:m1');
    const newSession = sessionBytes();
    const second = await keyringAtSignIn(USER, PASSWORD, newSession.slice());
    expect(await openSealedText(second, sealed, 'draft:m1')).toBe('Tante Mira');
    const reload = await keyringOnReload(USER, newSession.slice());
    expect(reload && await openSealedText(reload, sealed, 'draft:m1')).toBe('Tante Mira');
  }, 30_000);

  it('[KR5 sign-out] once the keyring is forgotten, nothing sealed before opens, not with the password and not after a new sign-in', async () => {
    const first = await keyringAtSignIn(USER, PASSWORD, sessionBytes());
    const sealed = await sealText(first, 'Buurvrouw Els', 'draft:m1');
    forgetKeyring('u1');
    expect(storedKeyrings()).toEqual([]);
    expect(await unlockWithPassword(PASSWORD)).toBeNull();
    const next = await keyringAtSignIn(USER, PASSWORD, sessionBytes());
    expect(await openSealedText(next, sealed, 'draft:m1')).toBeNull();
  }, 30_000);
});
