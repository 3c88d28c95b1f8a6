import { boolean, integer, pgView, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// What identity shows of its tables to other modules' SQL statements: read-only relations created by
// the migrations (0017), with the tables' own row-level security applied as the caller
// (security_invoker). Another module may join these inside one statement; it never names identity's
// tables (eslint: no-restricted-imports).

/**
 * The directory's organisations, every column of the table (a statement may hand a whole row,
 * row_to_json, to organisationFromJson in lookups.ts). A column added to `organisation` is added to
 * the view by the same migration.
 */
export const organisationDirectory = pgView('organisation_directory', {
  id: uuid('id').notNull(),
  name: text('name').notNull(),
  searchName: text('search_name').notNull(),
  kind: text('kind').notNull(),
  uai: text('uai'),
  lyceeTeteDeReseau: boolean('lycee_tete_de_reseau').notNull(),
  address: text('address'),
  postalCode: text('postal_code'),
  communeInsee: text('commune_insee'),
  communeName: text('commune_name'),
  territoryId: uuid('territory_id'),
  email: text('email'),
  phone: text('phone'),
  website: text('website'),
  active: boolean('active').notNull(),
  version: integer('version').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  fase: text('fase'),
  timeZone: text('time_zone').notNull(),
}).existing();
