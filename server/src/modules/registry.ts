import type { AppModule } from '../core/app-module.js';
import { auditModule } from './audit/module.js';
import { changesModule } from './changes/module.js';
import { clasModule } from './clas/module.js';
import { cpmsModule } from './cpms/module.js';
import { identityModule } from './identity/module.js';
import { instancesModule } from './instances/module.js';
import { jobsModule } from './jobs/module.js';
import { notificationsModule } from './notifications/module.js';
import { orientationModule } from './orientation/module.js';
import { parcoursModule } from './parcours/module.js';
import { psadModule } from './psad/module.js';
import { webhooksModule } from './webhooks/module.js';

/** Every domain module of the app, in the order their routes are registered. A new module adds itself here. */
export const MODULES = [
  identityModule,
  auditModule,
  psadModule,
  clasModule,
  parcoursModule,
  instancesModule,
  orientationModule,
  cpmsModule,
  notificationsModule,
  jobsModule,
  webhooksModule,
  changesModule,
] as const satisfies readonly AppModule[];
