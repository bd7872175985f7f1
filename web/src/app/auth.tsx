// Who is logged in. Asks the server once at start (GET /auth/me), keeps the CSRF token for the API
// client, and notices when the session ends (idle/absolute timeout, logout elsewhere): the next API
// call answers 401 and the user is sent back to the login page with a message.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, onSessionEnded, setCsrfToken } from './api';

export type Role = 'authority_staff' | 'institution_staff' | 'expert' | 'sysadmin' | 'verifier';

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  authority?: { id: string; name: string; kind: string; jurisdictionCode: string };
  institution?: { id: string; name: string; kind: string };
  expertId?: string;
  /** A verifier account's organisation (issue 12 point 2). */
  verifier?: { id: string; name: string };
  /** A new or reset account: the temporary password must be changed before anything else. */
  mustChangePassword?: boolean;
  /** Signs in with a TOTP second factor. */
  secondFactor?: boolean;
}

export interface SessionAnswer {
  user: User;
  csrfToken: string;
}

export type AuthState =
  { status: 'loading' } | { status: 'anonymous'; expired: boolean } | { status: 'authenticated'; user: User };

/** The password step's answer: signed in, or a second factor is awaited (or must first be set up). */
export type LoginOutcome = { user: User } | { pending: 'second_factor' | 'enrolment' };

interface Auth {
  state: AuthState;
  user: User | null;
  logIn: (username: string, password: string) => Promise<LoginOutcome>;
  /** The server issued a full session (after the second factor, or a refreshed user after a change). */
  signedIn: (answer: SessionAnswer) => void;
  logOut: () => Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: 'loading' });

  useEffect(() => {
    let active = true;
    api.get<SessionAnswer>('/auth/me', { quietUnauthorized: true }).then(
      (me) => {
        setCsrfToken(me.csrfToken);
        if (active) setState({ status: 'authenticated', user: me.user });
      },
      () => {
        // 401 is the normal "not logged in"; anything else (server down) also leaves us anonymous,
        // and the login page shows the server's problem when the user tries.
        if (active) setState({ status: 'anonymous', expired: false });
      },
    );
    return () => {
      active = false;
    };
  }, []);

  useEffect(() => {
    onSessionEnded(() => {
      setCsrfToken(null);
      setState((s) => (s.status === 'authenticated' ? { status: 'anonymous', expired: true } : s));
    });
    return () => onSessionEnded(null);
  }, []);

  const signedIn = useCallback((answer: SessionAnswer) => {
    setCsrfToken(answer.csrfToken);
    setState({ status: 'authenticated', user: answer.user });
  }, []);

  const logIn = useCallback(
    async (username: string, password: string): Promise<LoginOutcome> => {
      const answer = await api.post<
        SessionAnswer | { pending: 'second_factor' | 'enrolment'; csrfToken: string }
      >('/auth/login', { username, password }, { quietUnauthorized: true });
      if ('pending' in answer) {
        // A session without privileges: only the second-factor step may use its token.
        setCsrfToken(answer.csrfToken);
        return { pending: answer.pending };
      }
      signedIn(answer);
      return { user: answer.user };
    },
    [signedIn],
  );

  const logOut = useCallback(async () => {
    try {
      await api.post('/auth/logout', undefined, { quietUnauthorized: true });
    } finally {
      setCsrfToken(null);
      setState({ status: 'anonymous', expired: false });
    }
  }, []);

  const value = useMemo<Auth>(
    () => ({ state, user: state.status === 'authenticated' ? state.user : null, logIn, signedIn, logOut }),
    [state, logIn, signedIn, logOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}
