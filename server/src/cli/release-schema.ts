// Writes the served GraphQL schema to server/schema/released.graphql: the schema that partners' clients may
// rely on, against which schema-stability.test.ts checks every later change (`pnpm schema:release`).
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../core/config.js';
import { RELEASED_SCHEMA_FILE, printServedSchema } from '../core/graphql/released-schema.js';

fs.mkdirSync(path.dirname(RELEASED_SCHEMA_FILE), { recursive: true });
fs.writeFileSync(RELEASED_SCHEMA_FILE, printServedSchema());
process.stdout.write(`${path.relative(repoRoot, RELEASED_SCHEMA_FILE)} written\n`);
