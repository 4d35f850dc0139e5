import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client.js';
import { session as sessionApi, type Session, type SessionUser } from '../api/endpoints.js';
import { ensureDeviceKey, forgetDeviceKey } from '../device/device-key.js';

/**
 * Who is signed in. At start the app asks the server (`GET /auth/session`): the cookie survives a
 * page reload but the CSRF token lives only in memory, so the server hands it out again. So does
 * the device key (what this device keeps is sealed with it): fetched once signed in, kept only in
 * memory, dropped at logout.
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
  | { readonly status: 'signed-in'; readonly user: SessionUser };

export function useSession(): { state: SessionState; signedIn: (session: Session) => void; signOut: () => Promise<void>; resetNoticeSeen: () => Promise<void> } {
  const [state, setState] = useState<SessionState>({ status: 'checking' });

  const signedIn = useCallback((s: Session) => {
    api.setCsrfToken(s.csrfToken);
    // With a one-time password the account can do nothing else yet; the key comes after the change.
    if (s.user.mustChangePassword) forgetDeviceKey();
    else ensureDeviceKey();
    setState({ status: 'signed-in', user: s.user });
  }, []);

  useEffect(() => {
    let live = true;
    const asked = primed ?? sessionApi.current();
    primed = null;
    void asked.then((result) => {
      if (!live) return;
      if (result.ok && result.value) signedIn(result.value);
      else setState({ status: 'anonymous' });
    });
    return () => { live = false; };
  }, [signedIn]);

  const signOut = useCallback(async () => {
    // First of all: from now on nothing kept on this device can be opened in this page.
    forgetDeviceKey();
    await sessionApi.logout();
    api.setCsrfToken(null);
    setState({ status: 'anonymous' });
  }, []);

  /** The owner has read who reset their password: the server forgets the notice, so does the page. */
  const resetNoticeSeen = useCallback(async () => {
    const result = await sessionApi.resetNoticeSeen();
    if (result.ok) setState((s) => (s.status === 'signed-in' ? { status: 'signed-in', user: { ...s.user, passwordReset: null } } : s));
  }, []);

  return { state, signedIn, signOut, resetNoticeSeen };
}
