import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './platform';
import { loggingOut, login, token } from '../auth';

/** The schemas of the platform's published contract (generated from /openapi/platform.json, never copied by hand). */
export type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];
export type Label = Schemas['Label'];

const auth: Middleware = {
  async onRequest({ request }) {
    if (loggingOut()) throw new Error('logging out');
    const t = await token();
    if (t) request.headers.set('Authorization', `Bearer ${t}`);
    // every POST may be retried safely: the platform answers a repeated key with the first answer
    if (request.method === 'POST' && !request.headers.has('Idempotency-Key')) {
      request.headers.set('Idempotency-Key', crypto.randomUUID());
    }
    return request;
  },
  async onResponse({ response }) {
    if (response.status === 401 && !loggingOut()) {
      await login();
    }
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: window.location.origin });
api.use(auth);

/** A refused request: the platform's problem body, and for 429 the seconds to wait. */
export class ApiProblem extends Error {
  constructor(
    readonly problem: Problem,
    readonly retryAfter: number | null,
  ) {
    super(problem.detail ?? problem.title);
  }
}

/** A failure that came without a problem body (the network, a proxy): told as a problem all the same. */
function asProblem(error: unknown, response: Response): Problem {
  if (error && typeof error === 'object' && 'status' in error && 'title' in error) return error as Problem;
  return {
    type: 'about:blank',
    title: response.statusText || 'Request failed',
    status: response.status,
    detail: typeof error === 'string' ? error : undefined,
  };
}

/** The data of a successful answer, or an {@link ApiProblem}. */
export async function must<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<{ data: T; response: Response }> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch (e) {
    throw new ApiProblem({ type: 'about:blank', title: 'Network error', status: 0, detail: String(e) }, null);
  }
  const { data, error, response } = result;
  if (!response.ok) {
    const wait = Number(response.headers.get('Retry-After'));
    throw new ApiProblem(asProblem(error, response), Number.isFinite(wait) && wait > 0 ? wait : null);
  }
  return { data: data as T, response };
}

/** The ETag to send back as If-Match. */
export function etag(response: Response): string {
  return response.headers.get('ETag') ?? '';
}
