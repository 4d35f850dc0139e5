import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client.js';
import { session as sessionApi, type Session, type SessionUser } from '../api/endpoints.js';

/**
 * Who is signed in. At start the app asks the server (`GET /auth/session`): the cookie survives a
 * page reload but the CSRF token lives only in memory, so the server hands it out again.
 */
export type SessionState =
  | { readonly status: 'checking' }
  | { readonly status: 'anonymous' }
  | { readonly status: 'signed-in'; readonly user: SessionUser };

export function useSession(): { state: SessionState; signedIn: (session: Session) => void; signOut: () => Promise<void> } {
  const [state, setState] = useState<SessionState>({ status: 'checking' });

  const signedIn = useCallback((s: Session) => {
    api.setCsrfToken(s.csrfToken);
    setState({ status: 'signed-in', user: s.user });
  }, []);

  useEffect(() => {
    let live = true;
    void sessionApi.current().then((result) => {
      if (!live) return;
      if (result.ok) signedIn(result.value);
      else setState({ status: 'anonymous' });
    });
    return () => { live = false; };
  }, [signedIn]);

  const signOut = useCallback(async () => {
    await sessionApi.logout();
    api.setCsrfToken(null);
    setState({ status: 'anonymous' });
  }, []);

  return { state, signedIn, signOut };
}
