import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSample } from '../../../core/src/test-support/interop-samples.js';
import { buildApp } from '../app.js';
import { createKeyring, generateKey } from '../crypto/keyring.js';
import { createCaseWithMap, login, seedWorld, TEST_SETTINGS, type TestClient, type World } from '../testing/fixture.js';
import { databaseTargets, type TestDatabase } from '../testing/test-databases.js';
import { hostileZips } from '../testing/zip-fixtures.js';
import { readZip, SERVER_ZIP_LIMITS } from '../zip/read-zip.js';
import { writeZip } from '../zip/write-zip.js';

const targets = await databaseTargets();
const rosa = readSample('easynwk/Rosa_Braunsteigl-Mueller.json');

const easynwk = (alteri: unknown[]) => JSON.stringify({ versions: [{ id: 1, title: 'Eerste gesprek', date: '2025-03-01', nwk: { ego: { name: 'Ilse Import' }, alteri, connections: [] } }] });

describe.each(targets)('import and export of other formats on $name', (target) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let world: World;
  let x1: TestClient;
  let ids: Awaited<ReturnType<typeof createCaseWithMap>>;

  beforeAll(async () => {
    database = await target.open();
    world = await seedWorld(database.handle.db);
    app = await buildApp({ db: database.handle.db, keyring: createKeyring([generateKey()]), settings: TEST_SETTINGS, today: () => '2026-12-02' });
    x1 = await login(app, world.users.x1.email);
    ids = await createCaseWithMap(x1);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const mapCount = async () => (await database.handle.db.selectFrom('maps').select('id').execute()).length;
  const importUrl = () => `/api/cases/${ids.caseId}/maps/import-foreign`;

  it.skipIf(rosa === null)('[S1] easyNWK\'s demo: preview stores nothing, import stores one map with a new id; the report names the deceased and the pet; audit without names', async () => {
    const before = await mapCount();
    const preview = await x1.post(importUrl(), { files: [{ name: 'Rosa.json', text: rosa }], preview: true });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().report).toMatchObject({ format: 'easynwk', maps: 1, snapshots: 1, alters: 10, ties: 5 });
    expect(await mapCount()).toBe(before);
    const stored = await x1.post(importUrl(), { files: [{ name: 'Rosa.json', text: rosa }] });
    expect(stored.statusCode, stored.body).toBe(201);
    const [first] = stored.json().maps as { version: number; map: { id: string } }[];
    expect(first?.map.id).not.toBe('Rosa');
    expect(stored.json().report.people.map((p: { kind: string; name: string }) => `${p.kind}:${p.name}`)).toContain('non_human:Strolchi');
    const read = await x1.get(`/api/maps/${first?.map.id}`);
    expect(read.json().map.snapshots[0]).toMatchObject({ date: '2024-02-26', kind: 'is' });
    const audit = await database.handle.db.selectFrom('audit_log').selectAll().where('action', '=', 'map.import').execute();
    expect(JSON.stringify(audit)).not.toMatch(/Strolchi|Rosa|Ewald/);
    // Names are stored encrypted, never as plain text.
    const rows = await database.handle.db.selectFrom('alters').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain('Strolchi');
  });

  it('[S2] bad input: an angle that is not a number, a tie to a missing alter: 400 with the place in the file, nothing stored', async () => {
    const before = await mapCount();
    const angle = await x1.post(importUrl(), { files: [{ name: 'x.json', text: easynwk([{ id: 1, name: 'A', angle: 'noord', distance: 5 }]) }] }, { 'accept-language': 'en' });
    expect(angle.statusCode).toBe(400);
    expect(angle.json().error).toMatchObject({ code: 'import_failed', importProblems: [{ path: 'versions[0].nwk.alteri[0].angle', code: 'wrong_type', message: 'versions[0].nwk.alteri[0].angle: expected number, got "noord"' }] });
    const tie = await x1.post(importUrl(), { format: 'egor', files: [
      { name: 'egos.csv', text: 'egoID\n1\n' }, { name: 'alters.csv', text: 'egoID,alterID\n1,1\n' }, { name: 'aaties.csv', text: 'egoID,Source,Target\n1,1,2\n' }] });
    expect(tie.statusCode).toBe(400);
    expect(tie.json().error.importProblems[0]).toMatchObject({ file: 'aaties.csv', line: 2, column: 3, code: 'unknown_alter' });
    expect(await mapCount()).toBe(before);
  });

  it('[S6] a billion-laughs GraphML and one with an external entity: 400 naming the line, nothing stored', async () => {
    const before = await mapCount();
    const mapping = { nc: { nodeType: 'Person' } };
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>\n<graphml xmlns:nc="http://schema.networkcanvas.com/xmlns"><graph>&lol2;</graph></graphml>`;
    const xxe = '<?xml version="1.0"?>\n<!DOCTYPE g [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<graphml xmlns:nc="http://schema.networkcanvas.com/xmlns"><graph><node id="&x;"/></graph></graphml>';
    for (const text of [bomb, xxe]) {
      const answer = await x1.post(importUrl(), { format: 'nc-graphml', files: [{ name: 'x.graphml', text }], mapping }, { 'accept-language': 'fr' });
      expect(answer.statusCode).toBe(400);
      expect(answer.json().error.importProblems[0]).toMatchObject({ code: 'xml_doctype', line: 2 });
      expect(answer.json().error.importProblems[0].message).toMatch(/^ligne 2, colonne \d+: le fichier contient un DOCTYPE/);
    }
    expect(await mapCount()).toBe(before);
  });

  it('[S3] a 50 MB upload is refused before parsing, nothing stored, and the server answers another request meanwhile', async () => {
    const before = await mapCount();
    const huge = `<?xml version="1.0"?><graphml>${' '.repeat(50 * 1024 * 1024)}</graphml>`;
    const [big, health] = await Promise.all([
      app.inject({ method: 'POST', url: importUrl(), payload: { files: [{ name: 'big.graphml', text: huge }] }, headers: { cookie: x1.cookie, 'x-csrf-token': x1.csrfToken } }),
      app.inject({ method: 'GET', url: '/api/health' }),
    ]);
    expect(big.statusCode).toBe(413);
    expect(health.statusCode).toBe(200);
    expect(await mapCount()).toBe(before);
  });

  it('[S4] access: another team\'s user gets 404 for the case, nothing stored; consent is required as for any map', async () => {
    const y1 = await login(app, world.users.y1.email);
    const before = await mapCount();
    const refused = await y1.post(importUrl(), { files: [{ name: 'x.json', text: easynwk([]) }] });
    expect(refused.statusCode).toBe(404);
    const noConsent = (await x1.post('/api/cases', { name: 'Gezin Zonder', members: [] })).json().id as string;
    const consent = await x1.post(`/api/cases/${noConsent}/maps/import-foreign`, { files: [{ name: 'x.json', text: easynwk([]) }] });
    expect(consent.statusCode).toBe(409);
    expect(consent.json().error.code).toBe('consent_required');
    expect(await mapCount()).toBe(before);
  });

  it('[S5] export: GraphML of a snapshot and egor files, audited with the map id only; pseudonyms unless names=1', async () => {
    const graphml = await x1.get(`/api/maps/${ids.mapId}/snapshots/${ids.snapshotId}/export.graphml`);
    expect(graphml.statusCode).toBe(200);
    expect(graphml.headers['content-type']).toMatch(/graphml/);
    expect(graphml.body).toContain(`<node id="${ids.alterId}">`);
    expect(graphml.body).not.toContain('Tante Testa');
    expect((await x1.get(`/api/maps/${ids.mapId}/snapshots/${ids.snapshotId}/export.graphml?names=1`)).body).toContain('Tante Testa');
    expect((await x1.get(`/api/maps/${ids.mapId}/snapshots/nope/export.graphml`)).statusCode).toBe(404);
    const egor = await x1.get(`/api/maps/${ids.mapId}/export/egor?dialect=excel`);
    expect(egor.statusCode).toBe(200);
    expect(egor.json().files['egos.csv'].startsWith('\uFEFFegoID;')).toBe(true);
    const audit = await database.handle.db.selectFrom('audit_log').select(['action', 'target']).where('action', 'in', ['map.export_graphml', 'map.export_egor']).execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['map.export_egor', 'map.export_graphml', 'map.export_graphml']);
    expect(audit.every((a) => a.target === ids.mapId)).toBe(true);
    const y1 = await login(app, world.users.y1.email);
    expect((await y1.get(`/api/maps/${ids.mapId}/snapshots/${ids.snapshotId}/export.graphml`)).statusCode).toBe(404);
    expect((await y1.get(`/api/maps/${ids.mapId}/export/egor`)).statusCode).toBe(404);
  });

  it('[Z9] a zip (base64) of egor\'s three files imports like the files themselves', async () => {
    const zip = await writeZip({ 'egos.csv': 'egoID\n1\n', 'alters.csv': 'egoID,alterID\n1,1\n1,2\n', 'aaties.csv': 'egoID,Source,Target\n1,1,2\n' });
    const answer = await x1.post(importUrl(), { files: [{ name: 'egor.zip', zipBase64: zip.toString('base64') }], preview: true });
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.json().report).toMatchObject({ format: 'egor', maps: 1, alters: 2, ties: 1 });
  });

  it('[Z10] a zip bomb, a ../ name, too many entries, a broken CRC, no zip at all: 400 naming the file, nothing stored', async () => {
    const before = await mapCount();
    const zips = await hostileZips();
    const expected = { bomb: ['zip_too_big', 'x.zip/alters.csv', /uitgepakt is dit te groot/], dotdot: ['zip_bad_name', 'x.zip/../egos.csv', /geen "\.\."/],
      tooMany: ['zip_too_many_entries', 'x.zip', /te veel bestanden/], badCrc: ['zip_crc', 'x.zip/egos.csv', /controlesom/] } as const;
    for (const [kind, zip] of Object.entries(zips)) {
      const answer = await x1.post(importUrl(), { files: [{ name: 'x.zip', zipBase64: zip.toString('base64') }] });
      expect(answer.statusCode, kind).toBe(400);
      const [code, file, message] = expected[kind as keyof typeof expected];
      expect(answer.json().error.importProblems[0], kind).toMatchObject({ code, file });
      expect(answer.json().error.importProblems[0].message).toMatch(message);
    }
    const notZip = await x1.post(importUrl(), { files: [{ name: 'x.zip', zipBase64: Buffer.from('hallo').toString('base64') }] }, { 'accept-language': 'en' });
    expect(notZip.json().error.importProblems[0]).toMatchObject({ code: 'zip_broken', file: 'x.zip' });
    expect(await mapCount()).toBe(before);
  });

  it('[Z11] export as zip: egor\'s three files with zip=1, every snapshot as GraphML in one zip; other teams get 404', async () => {
    const egor = await x1.get(`/api/maps/${ids.mapId}/export/egor?zip=1`);
    expect(egor.statusCode).toBe(200);
    expect(egor.headers['content-type']).toBe('application/zip');
    expect(egor.headers['content-disposition']).toBe(`attachment; filename="${ids.mapId}_egor.zip"`);
    const files = await readZip(egor.rawPayload, 'egor.zip', SERVER_ZIP_LIMITS);
    expect(files.ok && files.files.map((f) => f.name)).toEqual(['egos.csv', 'alters.csv', 'aaties.csv']);
    const graphml = await x1.get(`/api/maps/${ids.mapId}/export.graphml.zip`);
    expect(graphml.statusCode).toBe(200);
    const graphs = await readZip(graphml.rawPayload, 'g.zip', SERVER_ZIP_LIMITS);
    const snapshots = (await x1.get(`/api/maps/${ids.mapId}`)).json().map.snapshots as { id: string }[];
    expect(graphs.ok && graphs.files.map((f) => f.name)).toEqual(snapshots.map((s) => `${ids.mapId}_${s.id}.graphml`));
    expect(graphs.ok && graphs.files[0]?.text).not.toContain('Tante Testa');
    const y1 = await login(app, world.users.y1.email);
    expect((await y1.get(`/api/maps/${ids.mapId}/export.graphml.zip`)).statusCode).toBe(404);
    expect((await y1.get(`/api/maps/${ids.mapId}/export/egor?zip=1`)).statusCode).toBe(404);
  });

  it('[N11] template: true answers what Network Canvas files hold (node types, variables with their few values, edge types, protocols), also from a zip; stores nothing', async () => {
    const before = await mapCount();
    const csv = {
      'c1_s1_ego.csv': 'networkCanvasEgoUUID,networkCanvasCaseID,networkCanvasSessionID,networkCanvasProtocolName\r\nego-1,c1,s1,Netwerkstudie\r\n',
      'c1_s1_attributeList_Person.csv': 'nodeID,networkCanvasEgoUUID,networkCanvasUUID,name,close\r\n1,ego-1,p1,Ann,1\r\n',
      'c1_s1_edgeList_Knows.csv': 'edgeID,from,to,networkCanvasEgoUUID,networkCanvasUUID,networkCanvasSourceUUID,networkCanvasTargetUUID\r\n',
    };
    const zip = await writeZip(csv);
    const answer = await x1.post(importUrl(), { files: [{ name: 'nc.zip', zipBase64: zip.toString('base64') }], template: true });
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.json()).toEqual({ needed: true, format: 'nc-csv', template: {
      nodeTypes: [{ name: 'Person', count: 1, variables: ['close', 'name'], values: { close: ['1'], name: ['Ann'] }, categoricals: [] }], edgeTypes: [], protocols: ['Netwerkstudie'], protocolRefs: [{ name: 'Netwerkstudie' }],
      mapping: { nodeType: 'Person', name: 'name', support: [], tieEdgeTypes: [], mapPer: 'session' } } });
    expect((await x1.post(importUrl(), { files: [{ name: 'x.json', text: easynwk([]) }], template: true })).json()).toEqual({ needed: false });
    expect(await mapCount()).toBe(before);
  });

  it('[N16] a zip (base64) of the Network Canvas CSV set with a mapping: the preview stores nothing, the import stores one map per session with the mapped people', async () => {
    const ego = 'networkCanvasEgoUUID,networkCanvasCaseID,networkCanvasSessionID,sessionFinish\r\n';
    const person = 'nodeID,networkCanvasEgoUUID,networkCanvasUUID,name,relation_family,relation_work\r\n';
    const zip = await writeZip({
      'c1_s1_ego.csv': `${ego}ego-1,c1,s1,2024-12-16T23:30:00.000Z\r\n`,
      'c1_s1_attributeList_Person.csv': `${person}1,ego-1,p1,Ann,true,false\r\n2,ego-1,p2,Bo,false,true\r\n`,
      'c1_s1_edgeList_Knows.csv': 'edgeID,from,to,networkCanvasEgoUUID,networkCanvasUUID,networkCanvasSourceUUID,networkCanvasTargetUUID\r\n1,1,2,ego-1,e1,p1,p2\r\n',
      'c1_s2_ego.csv': `${ego}ego-2,c1,s2,2025-03-01T10:00:00.000Z\r\n`,
      'c1_s2_attributeList_Person.csv': `${person}1,ego-2,q1,Ann,true,false\r\n`,
    });
    const files = [{ name: 'nc.zip', zipBase64: zip.toString('base64') }];
    const mapping = { nc: { nodeType: 'Person', name: 'name', sector: { categorical: 'relation', values: { family: 'familie', work: 'samenleving' } }, tieEdgeTypes: ['Knows'] } };
    const before = await mapCount();
    const preview = await x1.post(importUrl(), { files, mapping, preview: true });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().report).toMatchObject({ format: 'nc-csv', maps: 2, snapshots: 2, alters: 3, ties: 1 });
    expect(await mapCount()).toBe(before);
    const stored = await x1.post(importUrl(), { files, mapping });
    expect(stored.statusCode, stored.body).toBe(201);
    expect(await mapCount()).toBe(before + 2);
    const [first] = stored.json().maps as { map: { id: string } }[];
    const read = (await x1.get(`/api/maps/${first?.map.id}`)).json().map;
    expect(read.snapshots).toHaveLength(1);
    expect(read.snapshots[0].date).toBe('2024-12-17');
    expect(read.snapshots[0].alters.map((a: { name: string; sector: string }) => [a.name, a.sector])).toEqual([['Ann', 'familie'], ['Bo', 'samenleving']]);
    const grouped = await x1.post(importUrl(), { files, mapping: { nc: { ...mapping.nc, mapPer: 'case' } }, preview: true });
    expect(grouped.json().report).toMatchObject({ maps: 1, snapshots: 2 });
  });

  it('[G12] foreign three-file CSVs: template: true lists their columns, the import takes the mapping; our own export needs none', async () => {
    const files = [
      { name: 'egos.csv', text: 'respondent;naam\r\nR1;Ilse\r\n' },
      { name: 'alters.csv', text: 'respondent;persoon;voornaam;soort\r\nR1;p1;Tom;fam\r\nR1;p2;Els;werk\r\n' },
      { name: 'aaties.csv', text: 'respondent;van;naar\r\nR1;p1;p2\r\n' },
    ];
    const template = await x1.post(importUrl(), { files, template: true });
    expect(template.statusCode, template.body).toBe(200);
    expect(template.json()).toMatchObject({ needed: true, format: 'egor', template: { alters: { rows: 2 }, mapping: { ids: {}, support: [] } } });
    expect(template.json().template.alters.columns).toContainEqual({ name: 'soort', values: ['fam', 'werk'], more: false, numeric: null });
    const egor = { ids: { ego: 'respondent', alter: 'persoon', source: 'van', target: 'naar' }, egoName: 'naam', name: 'voornaam', sector: { column: 'soort', values: { fam: 'familie' } } };
    const preview = await x1.post(importUrl(), { files, mapping: { egor }, preview: true });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().maps[0].ego.name).toBe('Ilse');
    expect(preview.json().maps[0].snapshots[0].alters.map((a: { name: string; sector: string | null }) => [a.name, a.sector])).toEqual([['Tom', 'familie'], ['Els', null]]);
    const bad = await x1.post(importUrl(), { files, mapping: { egor: { ...egor, name: 'nope' } }, preview: true }, { 'accept-language': 'en' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.importProblems[0]).toMatchObject({ code: 'missing_column', file: 'alters.csv', line: 1, message: 'alters.csv, line 1: the column "nope" is missing' });
    const own = await x1.get(`/api/maps/${ids.mapId}/export/egor`);
    const ownFiles = Object.entries(own.json().files as Record<string, string>).map(([name, text]) => ({ name, text }));
    expect((await x1.post(importUrl(), { files: ownFiles, template: true })).json()).toEqual({ needed: false });
  });
});

describe.each(targets)('foreign imports keep the map limits on $name', (target) => {
  let database: TestDatabase;
  let app: FastifyInstance;

  beforeAll(async () => {
    database = await target.open();
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('[S7] a family with more people than settings.mapLimits allows: 400 too_many naming the list, translated, nothing stored', async () => {
    const world = await seedWorld(database.handle.db);
    const mapLimits = { maxPeoplePerSnapshot: 3, maxSnapshots: 2, maxTiesPerSnapshot: 5 };
    app = await buildApp({ db: database.handle.db, keyring: createKeyring([generateKey()]), settings: { ...TEST_SETTINGS, mapLimits }, today: () => '2026-12-02' });
    const x1 = await login(app, world.users.x1.email);
    const { caseId } = await createCaseWithMap(x1);
    const before = (await database.handle.db.selectFrom('maps').select('id').execute()).length;
    const files = [{ name: 'egos.csv', text: 'egoID\n1\n2\n' }, { name: 'alters.csv', text: 'egoID,alterID\n1,1\n1,2\n2,1\n2,2\n2,3\n2,4\n' }, { name: 'aaties.csv', text: 'egoID,Source,Target\n' }];
    const answer = await x1.post(`/api/cases/${caseId}/maps/import-foreign`, { files }, { 'accept-language': 'en' });
    expect(answer.statusCode).toBe(400);
    expect(answer.json().error.importProblems).toEqual([{ file: null, line: null, column: null, path: 'maps[1].snapshots[0].alters', code: 'too_many', message: 'maps[1].snapshots[0].alters: too many: at most 3' }]);
    expect((await database.handle.db.selectFrom('maps').select('id').execute()).length).toBe(before);
    files[1] = { name: 'alters.csv', text: 'egoID,alterID\n1,1\n1,2\n2,1\n2,2\n2,3\n' };
    expect((await x1.post(`/api/cases/${caseId}/maps/import-foreign`, { files })).statusCode).toBe(201);
  });
});
