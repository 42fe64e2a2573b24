import type { Role } from '../../../shared/enums';

/** A demo login: its display name is what the example plan's `Ansvarig` column names, so the import links it. */
export interface DemoPerson {
  username: string;
  name: string;
  role: Role;
  unitPath: string;
  email: string | null;
}

const TOP = 'Exempelregionen';
const HS = `${TOP} / Hälso- och sjukvård`;

/** One demo user per role; the manager is the one named responsible for the Kirurgi measures. */
export const DEMO_ROLE_USERS: readonly DemoPerson[] = [
  { username: 'admin', name: 'Ekonomidirektör Exempelregionen', role: 'admin', unitPath: TOP, email: null },
  {
    username: 'controller',
    name: 'Controller Exempelregionen',
    role: 'controller',
    unitPath: TOP,
    email: null,
  },
  {
    username: 'chef',
    name: 'Divisionschef Kirurgi',
    role: 'manager',
    unitPath: `${HS} / Division Kirurgi`,
    email: null,
  },
  { username: 'politiker', name: 'Ledamot regionstyrelsen', role: 'reader', unitPath: TOP, email: null },
  { username: 'revisor', name: 'Förtroendevald revisor', role: 'auditor', unitPath: TOP, email: null },
];

/**
 * The other responsible managers of the example plan, one login each: the username is the person (first name
 * and surname), the display name the title the plan's `Ansvarig` column gives, the grant the unit led.
 */
const MANAGERS: readonly [username: string, title: string, unitPath: string][] = [
  ['maria.sundberg', 'Chef Ögonkliniken', `${HS} / Division Kirurgi / Ögonkliniken`],
  ['anders.holmqvist', 'Divisionschef Medicin', `${HS} / Division Medicin`],
  ['lena.forsberg', 'HR-chef Hälso- och sjukvård', HS],
  ['erik.dahlgren', 'Divisionschef Primärvård', `${HS} / Division Primärvård`],
  ['sara.wikstrom', 'Förvaltningscontroller HS', HS],
  ['johan.lindgren', 'Divisionschef Medicinsk service', `${HS} / Division Medicinsk service`],
  ['helena.bergstrom', 'Hälso- och sjukvårdsdirektör', HS],
  ['peter.nystrom', 'Divisionschef Psykiatri', `${HS} / Division Psykiatri`],
  ['karin.ostlund', 'Förvaltningschef Kollektivtrafik', `${TOP} / Kollektivtrafik`],
  ['mats.hedlund', 'Förvaltningschef Regionservice', `${TOP} / Regionservice`],
  ['ingrid.sjoberg', 'Regiondirektör', `${TOP} / Regionstyrelsen`],
  ['fredrik.ek', 'IT-direktör', `${TOP} / Regionstyrelsen`],
  ['annika.blom', 'HR-direktör', `${TOP} / Regionstyrelsen`],
  ['ola.persson', 'Tandvårdsdirektör', `${TOP} / Tandvård`],
  ['eva.lundqvist', 'Förvaltningschef Kultur och bildning', `${TOP} / Kultur och bildning`],
  ['stefan.jansson', 'Förvaltningschef Hjälpmedel', `${TOP} / Hjälpmedel`],
  ['cecilia.norberg', 'Förvaltningschef Hörsel och syn', `${TOP} / Hörsel och syn`],
  ['jenny.falk', 'Kanslichef', `${TOP} / Patientnämnden`],
  ['magnus.engstrom', 'Förvaltningschef Regional utveckling', `${TOP} / Regional utveckling`],
  ['tomas.grahn', 'Fastighetschef', `${TOP} / Regionfastigheter`],
];

export const DEMO_MANAGERS: readonly DemoPerson[] = MANAGERS.map(([username, name, unitPath]) => ({
  username,
  name,
  role: 'manager',
  unitPath,
  email: `${username}@exempelregionen.se`,
}));

export const DEMO_PEOPLE: readonly DemoPerson[] = [...DEMO_ROLE_USERS, ...DEMO_MANAGERS];
