import type { FastifyPluginAsync } from 'fastify';
import { EigenKrachtContactSchema } from '@netwerkkracht/core';
import { z } from 'zod';
import { openApiSchema } from '../http/openapi.js';
import { requireRole, userOf } from '../http/route-helpers.js';
import { parseInput } from '../http/validate.js';
import { auditInTransaction } from '../store/audit.js';
import { eigenKrachtContact, setEigenKrachtContact } from '../store/eigen-kracht-contact.js';
import { IndicatorSettingsPatch, organisationIndicatorSettings } from '../store/organisation-settings.js';

const OrganisationPatch = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  /** Replaces the organisation's indicator settings; `{}` goes back to the defaults. */
  indicatorSettings: IndicatorSettingsPatch.optional(),
});

/** The beheerder's contact for an Eigen Kracht-conferentie; null goes back to seed 000's. */
const EigenKrachtContactBody = z.strictObject({ contact: EigenKrachtContactSchema.nullable() });

/** The user's own organisation: every role reads its name and settings, the beheerder changes them. */
export const organisationRoutes: FastifyPluginAsync = async (app) => {
  const { db, cipher } = app.ctx;

  app.get('/', { schema: { tags: ['organisation'] } }, async (request) => {
    const user = userOf(request);
    const row = await db.selectFrom('organisations').selectAll().where('id', '=', user.organisationId).executeTakeFirstOrThrow();
    return { id: row.id, name: row.name, createdAt: row.created_at, indicatorSettings: await organisationIndicatorSettings(db, user.organisationId) };
  });

  app.patch('/', { schema: { tags: ['organisation'], body: openApiSchema(OrganisationPatch) } }, async (request) => {
    const user = userOf(request);
    requireRole(user, ['beheerder']);
    const body = parseInput(OrganisationPatch, request.body);
    await db.transaction().execute(async (trx) => {
      if (body.name !== undefined || body.indicatorSettings !== undefined) {
        await trx.updateTable('organisations').set({
          ...(body.name !== undefined ? { name: body.name } : {}),
          ...(body.indicatorSettings !== undefined ? { indicator_settings: JSON.stringify(body.indicatorSettings) } : {}),
        }).where('id', '=', user.organisationId).execute();
      }
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'organisation.update' });
    });
    const row = await db.selectFrom('organisations').select(['name']).where('id', '=', user.organisationId).executeTakeFirstOrThrow();
    return { id: user.organisationId, name: row.name, indicatorSettings: await organisationIndicatorSettings(db, user.organisationId) };
  });

  /** Where workers ask for an Eigen Kracht-conferentie: every role reads it (the plan shows it). */
  app.get('/eigen-kracht-contact', { schema: { tags: ['organisation'] } }, async (request) => {
    const user = userOf(request);
    return eigenKrachtContact(db, cipher, user.organisationId);
  });

  app.put('/eigen-kracht-contact', { schema: { tags: ['organisation'], body: openApiSchema(EigenKrachtContactBody) } }, async (request) => {
    const user = userOf(request);
    requireRole(user, ['beheerder']);
    const { contact } = parseInput(EigenKrachtContactBody, request.body);
    await db.transaction().execute(async (trx) => {
      await setEigenKrachtContact(trx, cipher, user.organisationId, contact);
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'organisation.update', target: 'eigen_kracht_contact' });
    });
    return eigenKrachtContact(db, cipher, user.organisationId);
  });
};
