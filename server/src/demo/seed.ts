import { sql } from 'drizzle-orm';
import { searchKey, type OrganisationKind, type Role } from '@maillage/shared';
import type { Db } from '../core/db/driver.js';
import { hashPassword } from '../core/auth/passwords.js';
import { organisation, territory } from '../modules/identity/tables.js';
import { BELGIAN_USERS, seedBelgianDirectory } from './belgium.js';
import { insertDemoUsers, type DemoUser } from './users.js';
import { platform, platformPartner, platformReferent } from '../modules/psad/tables.js';
import { seedOrientationNetworks } from './orientation-networks.js';
import { seedOrientationPlan } from './orientation-plan.js';
import { seedOrientationEvaluation } from './orientation-evaluation.js';
import { seedCpmsOncall } from './cpms-oncall.js';
import { seedCpmsContracts } from './cpms-contracts.js';

export const DEMO_PASSWORD = 'demo-maillage';

/** The Cher's users (the French demo). */
const CHER_USERS: DemoUser[] = [
  { email: 'admin@demo.test', displayName: 'Alice Admin', organisation: 'DSDEN du Cher', roles: ['ADMIN'] },
  {
    email: 'referent@demo.test',
    displayName: 'Romain Référent',
    organisation: 'CIO de Bourges',
    roles: ['PSAD_REFERENT'],
  },
  {
    email: 'conseiller@demo.test',
    displayName: 'Claire Conseillère',
    organisation: 'Mission Locale de Bourges',
    roles: ['COUNSELLOR'],
  },
  { email: 'caf@demo.test', displayName: 'Camille CAF', organisation: 'CAF du Cher', roles: ['CAF_OFFICER'] },
  {
    email: 'porteur@demo.test',
    displayName: 'Paul Porteur',
    organisation: 'Association Coup de Pouce Bourges',
    roles: ['CLAS_HOLDER'],
  },
  {
    email: 'social@demo.test',
    displayName: 'Sophie Sociale',
    organisation: 'Service social départemental du Cher',
    roles: ['SOCIAL_WORKER'],
  },
  // Two more social workers, so that a person's liste d'accompagnement can hold several intervenants.
  { email: 'ccas@demo.test', displayName: 'Chloé Ccas', organisation: 'CCAS de Bourges', roles: ['SOCIAL_WORKER'] },
  {
    email: 'hopital@demo.test',
    displayName: 'Hugo Hôpital',
    organisation: 'Service social du centre hospitalier Jacques-Cœur',
    roles: ['SOCIAL_WORKER'],
  },
  { email: 'lecteur@demo.test', displayName: 'Luc Lecteur', organisation: 'DSDEN du Cher', roles: ['VIEWER'] },
  {
    email: 'coordination@demo.test',
    displayName: 'Régine Coordination',
    organisation: 'Académie d’Orléans-Tours — coordination régionale',
    roles: ['REGIONAL_COORDINATOR'],
  },
  {
    email: 'referent.vierzon@demo.test',
    displayName: 'Valérie Vierzon',
    organisation: 'CIO de Vierzon',
    roles: ['PSAD_REFERENT'],
  },
  // The orientation service of the Cher (issue 18): the CIO of Bourges's director and PsyEn, the
  // département's IEN-IO, the head of the lycée tête de réseau.
  {
    email: 'dcio@demo.test',
    displayName: 'Denise Directrice',
    organisation: 'CIO de Bourges',
    roles: ['CIO_DIRECTOR'],
  },
  { email: 'ienio@demo.test', displayName: 'Ivan Inspecteur', organisation: 'DSDEN du Cher', roles: ['IEN_IO'] },
  ...(
    [
      ['psyen@demo.test', 'Pauline Ardoin'],
      ['psyen2@demo.test', 'Pierre Berthon'],
      ['psyen3@demo.test', 'Perrine Caillaud'],
      ['psyen4@demo.test', 'Patrice Delorme'],
      ['psyen5@demo.test', 'Pascale Esnault'],
      ['psyen6@demo.test', 'Philippe Fabre'],
    ] as const
  ).map(([email, displayName]) => ({
    email,
    displayName,
    organisation: 'CIO de Bourges',
    roles: ['PSYEN'] as Role[],
  })),
  {
    email: 'chef.lycee@demo.test',
    displayName: 'Charles Chef',
    organisation: 'Lycée Alain-Fournier',
    roles: ['SCHOOL_HEAD'],
  },
];

/** Every user of the demo: the Cher's, and the Belgian CPMS's zone of Liège (issue 19). */
export const DEMO_USERS: DemoUser[] = [...CHER_USERS, ...BELGIAN_USERS];

/** Platforms of the demo: Bourges (the main one) and Vierzon (to receive transfers). */
const PLATFORMS = [
  {
    name: 'PSAD du bassin de Bourges',
    bassin: 'B18-BOURGES',
    referents: ['referent@demo.test'],
    partners: [
      'Mission Locale de Bourges',
      'CIO de Bourges',
      'MLDS du Cher',
      'Lycée Alain-Fournier',
      'Lycée Jacques-Cœur',
      'Collège Jean-Renoir',
    ],
  },
  {
    name: 'PSAD du bassin de Vierzon',
    bassin: 'B18-VIERZON',
    referents: ['referent.vierzon@demo.test'],
    partners: ['CIO de Vierzon', 'MLDS du Cher'],
  },
];

type OrgSeed = {
  name: string;
  kind: OrganisationKind;
  commune: string;
  uai?: string;
  teteDeReseau?: boolean;
  address?: string;
  phone?: string;
  email?: string;
};

const COMMUNES: Record<string, string> = {
  '18033': 'Bourges',
  '18205': 'Saint-Doulchard',
  '18141': 'Mehun-sur-Yèvre',
  '18279': 'Vierzon',
};

const ORGANISATIONS: OrgSeed[] = [
  { name: 'Académie d’Orléans-Tours — coordination régionale', kind: 'OTHER', commune: '18033' },
  { name: 'DSDEN du Cher', kind: 'OTHER', commune: '18033', address: '2 rue Jean-Baffier', phone: '02 48 00 00 00' },
  {
    name: 'CIO de Bourges',
    kind: 'CIO',
    commune: '18033',
    address: '7 rue Moyenne',
    phone: '02 48 00 00 01',
    email: 'cio.bourges@demo.test',
  },
  {
    name: 'Mission Locale de Bourges',
    kind: 'MISSION_LOCALE',
    commune: '18033',
    address: '10 avenue Jean-Jaurès',
    phone: '02 48 00 00 02',
    email: 'contact@ml-bourges.demo.test',
  },
  { name: 'MLDS du Cher', kind: 'MLDS', commune: '18033', address: '2 rue Jean-Baffier' },
  {
    name: 'Lycée Alain-Fournier',
    kind: 'EPLE',
    commune: '18033',
    uai: '0180005H',
    teteDeReseau: true,
    address: '50 rue Stéphane-Mallarmé',
  },
  { name: 'Lycée Jacques-Cœur', kind: 'EPLE', commune: '18033', uai: '0180006J', address: '108 rue Jean-Baffier' },
  { name: 'Collège Jean-Renoir', kind: 'EPLE', commune: '18033', uai: '0180577E', address: '31 rue Jean-Renoir' },
  {
    name: 'Lycée Marguerite-de-Navarre',
    kind: 'EPLE',
    commune: '18033',
    uai: '0180008L',
    teteDeReseau: true,
    address: '50 rue de Vauvert',
  },
  { name: 'Collège Littré', kind: 'EPLE', commune: '18033', uai: '0180600E', address: '12 rue Littré' },
  { name: 'Collège Victor-Hugo', kind: 'EPLE', commune: '18033', uai: '0180601F', address: '6 rue Victor-Hugo' },
  { name: 'Collège Jules-Verne', kind: 'EPLE', commune: '18205', uai: '0180602G', address: '2 rue Jules-Verne' },
  { name: 'Collège Irène-Joliot-Curie', kind: 'EPLE', commune: '18141', uai: '0180603H', address: '1 rue des Écoles' },
  { name: 'CAF du Cher', kind: 'CAF', commune: '18033', address: '21 boulevard Lahitolle' },
  { name: 'Association Coup de Pouce Bourges', kind: 'ASSOCIATION', commune: '18205', address: '3 place de la Mairie' },
  {
    name: 'Service social départemental du Cher',
    kind: 'SERVICE_SOCIAL',
    commune: '18033',
    address: '1 place Marcel-Plaisant',
  },
  { name: 'CIO de Vierzon', kind: 'CIO', commune: '18279', address: '4 rue de la République' },
  { name: 'CCAS de Bourges', kind: 'SERVICE_SOCIAL', commune: '18033', address: '11 rue Jean-Baffier' },
  {
    name: 'Service social du centre hospitalier Jacques-Cœur',
    kind: 'SERVICE_SOCIAL',
    commune: '18033',
    address: '145 avenue François-Mitterrand',
  },
];

export async function isEmpty(db: Db): Promise<boolean> {
  const result = await db.execute<{ n: number }>(sql`select count(*)::int as n from app_user`);
  return (result.rows[0]?.n ?? 0) === 0;
}

/** The Cher demo: territories, the Bourges network's organisations, one user per role. */
export async function seedDemo(db: Db): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const [region] = await tx
      .insert(territory)
      .values({ kind: 'REGION', code: '24', name: 'Centre-Val de Loire' })
      .returning();
    const [dept] = await tx
      .insert(territory)
      .values({ kind: 'DEPARTEMENT', code: '18', name: 'Cher', parentId: region!.id })
      .returning();
    const [bourges] = await tx
      .insert(territory)
      .values({ kind: 'BASSIN', code: 'B18-BOURGES', name: 'Bassin de Bourges', parentId: dept!.id })
      .returning();
    const [vierzon] = await tx
      .insert(territory)
      .values({ kind: 'BASSIN', code: 'B18-VIERZON', name: 'Bassin de Vierzon', parentId: dept!.id })
      .returning();
    const communes = await tx
      .insert(territory)
      .values(
        Object.entries(COMMUNES).map(([code, name]) => ({
          kind: 'COMMUNE',
          code,
          name,
          parentId: code === '18279' ? vierzon!.id : bourges!.id,
        })),
      )
      .returning();
    const communeId = new Map(communes.map((c) => [c.code, c.id]));
    const orgs = await tx
      .insert(organisation)
      .values(
        ORGANISATIONS.map((o) => ({
          name: o.name,
          searchName: searchKey(o.name),
          kind: o.kind,
          uai: o.uai ?? null,
          lyceeTeteDeReseau: o.teteDeReseau ?? false,
          address: o.address ?? null,
          postalCode: o.commune === '18205' ? '18230' : o.commune === '18279' ? '18100' : '18000',
          communeInsee: o.commune,
          communeName: COMMUNES[o.commune]!,
          territoryId: communeId.get(o.commune)!,
          phone: o.phone ?? null,
          email: o.email ?? null,
        })),
      )
      .returning();
    const orgId = new Map(orgs.map((o) => [o.name, o.id]));
    const userId = await insertDemoUsers(tx, CHER_USERS, orgId, passwordHash);
    const bassinId = new Map([
      [bourges!.code, bourges!.id],
      [vierzon!.code, vierzon!.id],
    ]);
    for (const p of PLATFORMS) {
      const [row] = await tx
        .insert(platform)
        .values({ name: p.name, territoryId: bassinId.get(p.bassin)! })
        .returning();
      await tx
        .insert(platformReferent)
        .values(p.referents.map((email) => ({ platformId: row!.id, userId: userId.get(email)! })));
      await tx
        .insert(platformPartner)
        .values(p.partners.map((name) => ({ platformId: row!.id, organisationId: orgId.get(name)! })));
    }
    await seedOrientationNetworks(tx);
    await seedBelgianDirectory(tx, passwordHash);
  });
  await seedOrientationPlan(db);
  await seedOrientationEvaluation(db);
  await seedCpmsOncall(db);
  await seedCpmsContracts(db);
}
