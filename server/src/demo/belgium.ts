import { searchKey, type OrganisationKind } from '@maillage/shared';
import type { Tx } from '../core/db/driver.js';
import { organisation, territory } from '../modules/identity/tables.js';
import { insertDemoUsers, type DemoUser } from './users.js';

/*
 * The Belgian demo (issue 19): the Fédération Wallonie-Bruxelles's zone of Liège, its DCO, two CPMS that
 * pool their 24/7 line, the schools they contract with (FASE numbers), the central administration.
 * Communes carry their INS code; every organisation here lives in Europe/Brussels.
 */

const COMMUNES: Record<string, string> = { '62063': 'Liège', '62096': 'Seraing', '62051': 'Herstal' };

type BelgianOrg = {
  name: string;
  kind: OrganisationKind;
  commune: string;
  fase?: string;
  address: string;
  phone?: string;
};

export const BELGIAN_ORGANISATIONS: BelgianOrg[] = [
  {
    name: 'Administration générale de l’Enseignement',
    kind: 'ADMINISTRATION_CENTRALE',
    commune: '62063',
    address: 'Boulevard d’Avroy 38',
  },
  {
    name: 'Délégués au contrat d’objectifs — zone de Liège',
    kind: 'ZONE_DCO',
    commune: '62063',
    address: 'Rue d’Ans 36',
  },
  {
    name: 'Centre PMS de Liège 1',
    kind: 'CPMS',
    commune: '62063',
    address: 'Rue Agimont 11',
    phone: '+32 4 223 45 67',
  },
  {
    name: 'Centre PMS de Seraing',
    kind: 'CPMS',
    commune: '62096',
    address: 'Rue de la Province 3',
    phone: '+32 4 336 12 34',
  },
  {
    name: 'Athénée royal Liège 1',
    kind: 'ECOLE',
    commune: '62063',
    fase: '1521',
    address: 'Rue des Clarisses 13',
  },
  {
    name: 'École fondamentale du Laveu',
    kind: 'ECOLE',
    commune: '62063',
    fase: '2874',
    address: 'Rue du Laveu 60',
  },
  {
    name: 'Institut Saint-Joseph de Seraing',
    kind: 'ECOLE',
    commune: '62096',
    fase: '1698',
    address: 'Rue Cockerill 120',
  },
  {
    name: 'Collège de Herstal',
    kind: 'ECOLE',
    commune: '62051',
    fase: '1733',
    address: 'Place Jean Jaurès 2',
  },
];

export const BELGIAN_USERS: DemoUser[] = [
  {
    email: 'direction.cpms@demo.test',
    displayName: 'Dominique Dewez',
    organisation: 'Centre PMS de Liège 1',
    roles: ['CPMS_DIRECTOR'],
  },
  {
    email: 'agent.cpms@demo.test',
    displayName: 'Amélie Lambert',
    organisation: 'Centre PMS de Liège 1',
    roles: ['CPMS_AGENT'],
  },
  {
    email: 'agent2.cpms@demo.test',
    displayName: 'Bruno Renard',
    organisation: 'Centre PMS de Liège 1',
    roles: ['CPMS_AGENT'],
  },
  {
    email: 'direction.seraing@demo.test',
    displayName: 'Sophie Collard',
    organisation: 'Centre PMS de Seraing',
    roles: ['CPMS_DIRECTOR'],
  },
  {
    email: 'agent3.cpms@demo.test',
    displayName: 'Céline Maes',
    organisation: 'Centre PMS de Seraing',
    roles: ['CPMS_AGENT'],
  },
  {
    email: 'agent4.cpms@demo.test',
    displayName: 'David Peeters',
    organisation: 'Centre PMS de Seraing',
    roles: ['CPMS_AGENT'],
  },
  {
    email: 'direction.ecole@demo.test',
    displayName: 'Élise Dubois',
    organisation: 'Athénée royal Liège 1',
    roles: ['SCHOOL_HEAD'],
  },
  {
    email: 'direction.laveu@demo.test',
    displayName: 'Luc Jacobs',
    organisation: 'École fondamentale du Laveu',
    roles: ['SCHOOL_HEAD'],
  },
  {
    email: 'dco@demo.test',
    displayName: 'Olivier Delvaux',
    organisation: 'Délégués au contrat d’objectifs — zone de Liège',
    roles: ['DCO'],
  },
  {
    email: 'analyste@demo.test',
    displayName: 'Anne Lemaire',
    organisation: 'Administration générale de l’Enseignement',
    roles: ['CENTRAL_ANALYST'],
  },
  // The switchboard's system: asks who is on call, with an API key an administrator hands it.
  {
    email: 'standard.cpms@demo.test',
    displayName: 'Standard de la ligne 24/7',
    organisation: 'Centre PMS de Liège 1',
    roles: ['SERVICE_ACCOUNT'],
  },
];

/** Territories, organisations and users of the Belgian demo, in the seed's transaction. */
export async function seedBelgianDirectory(tx: Tx, passwordHash: string): Promise<void> {
  const [fwb] = await tx
    .insert(territory)
    .values({ kind: 'REGION', code: 'FWB', name: 'Fédération Wallonie-Bruxelles' })
    .returning();
  const [zone] = await tx
    .insert(territory)
    .values({ kind: 'ZONE', code: 'FWB-Z-LIEGE', name: 'Zone de Liège', parentId: fwb!.id })
    .returning();
  const communes = await tx
    .insert(territory)
    .values(
      Object.entries(COMMUNES).map(([code, name]) => ({
        kind: 'COMMUNE',
        code: `BE-${code}`,
        name,
        parentId: zone!.id,
      })),
    )
    .returning();
  const communeId = new Map(communes.map((c) => [c.code!.slice(3), c.id]));
  const orgs = await tx
    .insert(organisation)
    .values(
      BELGIAN_ORGANISATIONS.map((o) => ({
        name: o.name,
        searchName: searchKey(o.name),
        kind: o.kind,
        fase: o.fase ?? null,
        timeZone: 'Europe/Brussels' as const,
        address: o.address,
        communeName: COMMUNES[o.commune]!,
        territoryId: communeId.get(o.commune)!,
        phone: o.phone ?? null,
      })),
    )
    .returning();
  const orgId = new Map(orgs.map((o) => [o.name, o.id]));
  await insertDemoUsers(tx, BELGIAN_USERS, orgId, passwordHash);
}
