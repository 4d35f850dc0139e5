import type { SectorB } from './sectors.js';
import type { SourceRef } from '../labels.js';
import type { VocabularyEntry } from './vocabulary.js';

/**
 * A starting list of roles an alter can have for the ego. The role of an alter may also be free
 * text; a role from this list suggests a sector (scheme B) and whether the alter is formal.
 */
export interface RoleEntry extends VocabularyEntry {
  readonly sector: SectorB;
  readonly formal: boolean;
}

const s000 = { seed: '000', where: 'voorbeelden uit de praktijk' } as const;
const s004 = { seed: '004', where: 'verzamelingen van contacten' } as const;
const s001 = { seed: '001', where: 'partners in gezinsondersteuning' } as const;

function role(code: string, sector: SectorB, formal: boolean, nl: string, fr: string, en: string, source: SourceRef = s004): RoleEntry {
  return { code, sector, formal, labels: { nl, fr, en }, sources: [source] };
}

export const ROLE_VOCABULARY: readonly RoleEntry[] = [
  role('partner', 'familie', false, 'Partner', 'Partenaire', 'Partner'),
  role('moeder', 'familie', false, 'Moeder', 'Mère', 'Mother'),
  role('vader', 'familie', false, 'Vader', 'Père', 'Father'),
  role('kind', 'familie', false, 'Kind', 'Enfant', 'Child'),
  role('broer_zus', 'familie', false, 'Broer of zus', 'Frère ou sœur', 'Brother or sister'),
  role('grootouder', 'familie', false, 'Grootouder', 'Grand-parent', 'Grandparent'),
  role('oom_tante', 'familie', false, 'Oom of tante', 'Oncle ou tante', 'Uncle or aunt', s000),
  role('neef_nicht', 'familie', false, 'Neef of nicht', 'Cousin ou cousine', 'Cousin'),
  role('schoonfamilie', 'familie', false, 'Schoonfamilie', 'Belle-famille', 'In-laws'),
  role('vriend', 'vrienden_kennissen', false, 'Vriend of vriendin', 'Ami ou amie', 'Friend'),
  role('kennis', 'vrienden_kennissen', false, 'Kennis', 'Connaissance', 'Acquaintance'),
  role('online_contact', 'vrienden_kennissen', false, 'Contact online', 'Contact en ligne', 'Online contact', s000),
  role('buur', 'samenleving', false, 'Buurman of buurvrouw', 'Voisin ou voisine', 'Neighbour'),
  role('collega', 'samenleving', false, 'Collega', 'Collègue', 'Colleague'),
  role('juf_meester', 'samenleving', false, 'Juf of meester', 'Institutrice ou instituteur', 'Teacher', s000),
  role('ouder_schoolpoort', 'samenleving', false, 'Ouder aan de schoolpoort', 'Parent à la sortie de l’école', 'Parent at the school gate', s000),
  role('lotgenoot', 'samenleving', false, 'Lotgenoot', 'Pair', 'Peer in the same situation'),
  role('vrijwilliger', 'samenleving', false, 'Vrijwilliger', 'Bénévole', 'Volunteer', s000),
  role('domo_vrijwilliger', 'samenleving', false, 'Domo-vrijwilliger', 'Bénévole Domo', 'Domo volunteer', s001),
  role('vereniging', 'samenleving', false, 'Club of vereniging', 'Club ou association', 'Club or association'),
  role('werkgever', 'samenleving', false, 'Werkgever', 'Employeur', 'Employer'),
  role('huisarts', 'hulpverlening', true, 'Huisarts', 'Médecin traitant', 'GP'),
  role('ocmw', 'hulpverlening', true, 'OCMW of maatschappelijk werker', 'CPAS ou assistant social', 'Social welfare office or social worker', s000),
  role('caw', 'hulpverlening', true, 'CAW', 'CAW (aide sociale générale)', 'General welfare centre'),
  role('gezinsondersteuner', 'hulpverlening', true, 'Gezinsondersteuner', 'Accompagnateur familial', 'Family support worker', s001),
  role('verzorgende', 'hulpverlening', true, 'Verzorgende of thuiszorg', 'Aide familiale', 'Home carer', s000),
  role('kind_en_gezin', 'hulpverlening', true, 'Kind en Gezin', 'Kind en Gezin (ONE)', 'Kind en Gezin (child and family agency)', s001),
  role('clb', 'hulpverlening', true, 'CLB', 'CLB (centre PMS)', 'Pupil guidance centre'),
  role('psycholoog', 'hulpverlening', true, 'Psycholoog', 'Psychologue', 'Psychologist'),
  role('jeugdhulp', 'hulpverlening', true, 'Jeugdhulp', 'Aide à la jeunesse', 'Youth care'),
  role('schuldbemiddelaar', 'hulpverlening', true, 'Schuldbemiddelaar', 'Médiateur de dettes', 'Debt counsellor'),
  role('wijkagent', 'hulpverlening', true, 'Wijkagent', 'Agent de quartier', 'Community police officer'),
];
