import type { FastifyPluginAsync } from 'fastify';
import { deviceWrapKeyOf } from '../crypto/device-wrap-keys.js';
import { draftKeyOf } from '../crypto/draft-keys.js';
import { ApiError } from '../http/errors.js';
import { userOf } from '../http/route-helpers.js';

/**
 * `GET /api/me/draft-key`: the signed-in user's own device key (base64url, 32 bytes), with which
 * the web app encrypts the drafts it keeps on the device. Only ever the caller's own key: there is
 * no way to ask for someone else's. A read, so no CSRF token; never cached; audited like a read.
 */
export const draftKeyRoutes: FastifyPluginAsync = async (app) => {
  const { db, cipher, readAudit } = app.ctx;

  app.get('/me/draft-key', {
    schema: {
      tags: ['auth'],
      description: 'The signed-in user\'s key for drafts kept on the device: { key } with 32 bytes in base64url (AES-256-GCM in the web app). Made on the first request; the same key on every later one.',
    },
  }, async (request, reply) => {
    const user = userOf(request);
    const key = await draftKeyOf(db, cipher, user);
    // The key opens what the web app keeps of families on a device: every handing out is logged.
    await readAudit.record({ organisationId: user.organisationId, userId: user.id, action: 'user.draft_key_read', target: user.id });
    void reply.header('cache-control', 'no-store');
    return { key };
  });

  app.get('/me/device-wrap-key', {
    schema: {
      tags: ['auth'],
      description: 'The key of THIS session that wraps the web app\'s device key on this device: { key } with 32 bytes in base64url. Made on the first request, the same for the rest of the session, gone when the session ends (sign-out, expiry, password change, sessions ended by the beheerder).',
    },
  }, async (request, reply) => {
    const user = userOf(request);
    if (!request.session) throw new ApiError('not_authenticated');
    const key = await deviceWrapKeyOf(db, cipher, request.session.tokenHash);
    await readAudit.record({ organisationId: user.organisationId, userId: user.id, action: 'user.device_wrap_key_read', target: user.id });
    void reply.header('cache-control', 'no-store');
    return { key };
  });
};
