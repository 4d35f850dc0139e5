import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client.js';
import { session as sessionApi, type Session, type SessionUser } from '../api/endpoints.js';
import { ensureDeviceKey, forgetDeviceKey, holdUnlockedDeviceKey, loadDeviceKey } from '../device/device-key.js';
import { removeSealedEntries } from '../device/device-storage.js';
import { forgetKeyring, storedKeyrings, unlockWithPassword } from '../offline/keyring.js';
import { startBackgroundSync } from '../offline/background-sync.js';
import { isKeptNotFound, keptAnswer, rememberAnswer, removeVisitsOf, setVisitUser } from '../offline/visit-store.js';

/**
 * Who is signed in. At start the app asks the server (`GET /auth/session`): the cookie survives a
 * page reload but the CSRF token lives only in memory, so the server hands it out again. The
 * device key (what this device keeps is sealed with it) is opened after sign-in with the password
 * and the session's wrap key, after a reload with the session's wrap key (../offline/keyring.ts).
 * Without a connection, when this device keeps a keyring, the app is `locked`: the password opens
 * it and the cases taken on a visit (`offline: true`).
 */
let primed: ReturnType<typeof sessionApi.current> | null = null;

/**
 * Asks the server who is signed in before React renders (main.tsx), so the answer is on its way
 * while the page starts; the hook then uses that answer once.
 */
export function primeSession(): ReturnType<typeof sessionApi.current> {
  primed ??= sessionApi.current();
  return primed;
}

export type SessionState =
  | { readonly status: 'checking' }
  | { readonly status: 'anonymous' }
  | { readonly status: 'locked' }
  | { readonly status: 'signed-in'; readonly user: SessionUser; readonly offline: boolean };

export interface SessionControl {
  readonly state: SessionState;
  signedIn(session: Session, password?: string): void;
  /** Without a connection: true when the password opened this device's keyring. */
  unlock(password: string): Promise<boolean>;
  signOut(): Promise<void>;
  resetNoticeSeen(): Promise<void>;
}

const cache = { read: keptAnswer, remember: rememberAnswer, isNotFound: isKeptNotFound };

export function useSession(): SessionControl {
  const [state, setState] = useState<SessionState>({ status: 'checking' });

  const signedIn = useCallback((s: Session, password?: string) => {
    api.setCsrfToken(s.csrfToken);
    // With a one-time password the account can do nothing else yet; the key comes after the change.
    if (s.user.mustChangePassword) {
      forgetDeviceKey();
      setVisitUser(null);
      api.setOfflineCache(null);
    } else {
      // After a reload the key may already be on its way (main.tsx asked at start); a sign-in opens it with the password.
      if (password !== undefined) loadDeviceKey(s.user, password);
      else ensureDeviceKey(s.user);
      setVisitUser(s.user.id);
      api.setOfflineCache(cache);
    }
    setState({ status: 'signed-in', user: s.user, offline: false });
  }, []);

  /** Asks the server who is signed in; `live` false: the answer came too late to matter. */
  const check = useCallback(async (live: () => boolean = () => true): Promise<void> => {
    // At start the answer asked before React ran (primeSession), once; later a fresh question.
    const asked = primed ?? sessionApi.current();
    primed = null;
    const result = await asked;
    if (!live()) return;
    if (result.ok && result.value) signedIn(result.value);
    else if (!result.ok && result.error.kind === 'network' && storedKeyrings().some((r) => r.byPassword !== null)) setState({ status: 'locked' });
    else setState({ status: 'anonymous' });
  }, [signedIn]);

  useEffect(() => {
    let live = true;
    void check(() => live);
    return () => { live = false; };
  }, [check]);

  // Opened without a connection: when it comes back, the server is asked again. The same session
  // continues online; an ended one asks to sign in (the password then opens the kept edits again).
  const offlineNow = state.status === 'locked' || (state.status === 'signed-in' && state.offline);
  useEffect(() => {
    if (!offlineNow) return;
    const again = () => { void check(); };
    window.addEventListener('online', again);
    return () => window.removeEventListener('online', again);
  }, [offlineNow, check]);

  // Signed in (online or unlocked offline): waiting edits go when the connection comes back.
  const signedInNow = state.status === 'signed-in';
  useEffect(() => (signedInNow ? startBackgroundSync() : undefined), [signedInNow]);

  const unlock = useCallback(async (password: string) => {
    const opened = await unlockWithPassword(password);
    if (!opened) return false;
    holdUnlockedDeviceKey(opened.key);
    api.awaitSession();
    setVisitUser(opened.user.id);
    api.setOfflineCache(cache);
    setState({ status: 'signed-in', user: opened.user, offline: true });
    return true;
  }, []);

  const signOut = useCallback(async () => {
    // First of all: from now on nothing kept on this device can be opened, here or later: the
    // key is forgotten, its wrapped copies and everything sealed with it are removed, and the
    // server forgets the session with its wrap key.
    const user = state.status === 'signed-in' ? state.user : null;
    forgetDeviceKey();
    api.setOfflineCache(null);
    setVisitUser(null);
    if (user) {
      removeVisitsOf(user.id);
      forgetKeyring(user.id);
    }
    removeSealedEntries();
    await sessionApi.logout();
    api.setCsrfToken(null);
    setState({ status: 'anonymous' });
  }, [state]);

  /** The owner has read who reset their password: the server forgets the notice, so does the page. */
  const resetNoticeSeen = useCallback(async () => {
    const result = await sessionApi.resetNoticeSeen();
    if (result.ok) setState((s) => (s.status === 'signed-in' ? { ...s, user: { ...s.user, passwordReset: null } } : s));
  }, []);

  return { state, signedIn, unlock, signOut, resetNoticeSeen };
}
