import { SurveyAnswersSchema, type SurveyAnswers, type SurveyResponse } from '@netwerkkracht/core';
import type { Kysely, Transaction } from 'kysely';
import type { ValueCipher } from '../crypto/field-cipher.js';
import type { Database, SurveyResponsesTable } from '../db/schema.js';

export const SURVEY_ANSWERS_CONTEXT = 'survey_responses.answers';

type Db = Kysely<Database> | Transaction<Database>;

export interface StoredResponse {
  readonly respondent: string;
  readonly surveyId: string | null;
  readonly entered: SurveyResponsesTable['entered'];
  readonly response: SurveyResponse;
}

/** The answers of one respondent as stored: site and date in clear (they group), the rest sealed. */
export function responseRow(organisationId: string, stored: StoredResponse, cipher: ValueCipher): SurveyResponsesTable {
  const { respondent, site, date, ...rest } = stored.response;
  return {
    organisation_id: organisationId,
    respondent,
    survey_id: stored.surveyId,
    site,
    date,
    entered: stored.entered,
    answers_enc: cipher.encrypt(JSON.stringify(rest), SURVEY_ANSWERS_CONTEXT),
  };
}

export async function insertResponses(db: Db, organisationId: string, list: readonly StoredResponse[], cipher: ValueCipher): Promise<void> {
  // In slices: PostgreSQL allows 65,535 parameters per statement, SQLite 32,766.
  for (let i = 0; i < list.length; i += 500) {
    await db.insertInto('survey_responses').values(list.slice(i, i + 500).map((s) => responseRow(organisationId, s, cipher))).execute();
  }
}

/** Every response of the organisation, in respondent order (random ids: says nothing of arrival order). */
export async function listResponses(db: Db, organisationId: string, cipher: ValueCipher): Promise<SurveyResponse[]> {
  const rows = await db.selectFrom('survey_responses').select(['respondent', 'site', 'date', 'answers_enc'])
    .where('organisation_id', '=', organisationId).orderBy('respondent').execute();
  return rows.map((row) => {
    const answers = SurveyAnswersSchema.parse({ ...JSON.parse(cipher.decrypt(row.answers_enc, SURVEY_ANSWERS_CONTEXT)) as object, site: row.site, date: row.date }) as SurveyAnswers;
    return { respondent: row.respondent, ...answers };
  });
}

/** The respondent ids among `ids` that the organisation already has. */
export async function existingRespondents(db: Db, organisationId: string, ids: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.selectFrom('survey_responses').select('respondent').where('organisation_id', '=', organisationId).where('respondent', 'in', ids.slice(i, i + 500)).execute();
    for (const r of rows) found.add(r.respondent);
  }
  return found;
}
