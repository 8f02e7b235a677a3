import { User, UserManager, WebStorageStateStore } from 'oidc-client-ts';

/** The realm and client the gateway names in index.html (so one build serves every deployment). */
function meta(name: string, fallback: string): string {
  return document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content || fallback;
}

const origin = window.location.origin;

export const users = new UserManager({
  authority: meta('sdmi-realm', 'http://127.0.0.1:8180/realms/sdmi'),
  client_id: meta('sdmi-client', 'sdmi-dashboard'),
  redirect_uri: origin + '/',
  post_logout_redirect_uri: origin + '/',
  response_type: 'code',
  scope: 'openid',
  // renewed with the refresh token shortly before the access token expires: no iframe, no third-party cookie
  automaticSilentRenew: true,
  userStore: new WebStorageStateStore({ store: window.sessionStorage }),
});

/** Who is logged in, as the access token says: the roles the realm gave and the organisation they act for. */
export interface Session {
  user: User;
  name: string;
  roles: Set<string>;
  org: string | null;
}

function claims(token: string): Record<string, unknown> {
  const part = token.split('.')[1] ?? '';
  const json = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0))));
}

export function session(user: User): Session {
  const c = claims(user.access_token);
  const realm = c['realm_access'] as { roles?: string[] } | undefined;
  const org = typeof c['org'] === 'string' ? (c['org'] as string) : null;
  const name = (c['preferred_username'] as string) ?? user.profile.preferred_username ?? user.profile.sub;
  return { user, name, roles: new Set(realm?.roles ?? []), org };
}

let current: Session | null = null;
const listeners = new Set<(s: Session | null) => void>();

export function currentSession(): Session | null {
  return current;
}

export function onSession(listener: (s: Session | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function set(user: User | null) {
  current = user && !user.expired ? session(user) : null;
  listeners.forEach((l) => l(current));
}

users.events.addUserLoaded((u) => set(u));
users.events.addUserUnloaded(() => set(null));
users.events.addSilentRenewError(() => void login());

/** Back from the login page, or an earlier login in this tab; otherwise off to Keycloak's login page. */
export async function start(): Promise<Session> {
  const url = new URL(window.location.href);
  if (url.searchParams.has('code') && url.searchParams.has('state')) {
    const user = await users.signinRedirectCallback();
    const back = typeof user.state === 'string' && user.state.startsWith('/') ? user.state : '/';
    window.history.replaceState(null, '', back);
    set(user);
    return current!;
  }
  const user = await users.getUser();
  if (user && !user.expired) {
    set(user);
    return current!;
  }
  if (user?.refresh_token) {
    try {
      const renewed = await users.signinSilent();
      if (renewed) {
        set(renewed);
        return current!;
      }
    } catch {
      // fall through to the login page
    }
  }
  await login();
  return new Promise(() => undefined); // the browser is leaving for the login page
}

export function login(): Promise<void> {
  const here = window.location.pathname + window.location.search;
  return users.signinRedirect({ state: here });
}

let leaving = false;

/** True once the user logs out: no more calls (their token is gone), no new login started by a late 401. */
export function loggingOut(): boolean {
  return leaving;
}

export async function logout(): Promise<void> {
  leaving = true;
  const user = await users.getUser();
  await users.signoutRedirect({ id_token_hint: user?.id_token });
}

/** A token that is still good: renewed first when it is about to expire. */
export async function token(): Promise<string | null> {
  let user = await users.getUser();
  if (user && (user.expires_in ?? 0) < 20) {
    try {
      user = await users.signinSilent();
    } catch {
      user = null;
    }
  }
  return user?.access_token ?? null;
}

export const ROLES = {
  admin: 'sdmi-admin',
  editor: 'catalog-editor',
  coordinator: 'assessment-coordinator',
  assessor: 'assessor',
  steward: 'data-steward',
  walidata: 'walidata',
} as const;

export function has(s: Session | null, ...roles: string[]): boolean {
  return !!s && roles.some((r) => s.roles.has(r));
}
