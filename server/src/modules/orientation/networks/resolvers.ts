import { dayOf } from '../../../core/graphql/days.js';
import { guard, readById } from '../../../core/authz.js';
import type { Resolvers } from '../../../core/graphql/resolvers-types.js';
import { loaders as identityLoaders } from '../../identity/loaders.js';
import { orientationDirection, orientationReader, orientationStaff } from '../policy.js';
import * as duties from './duties.service.js';
import * as files from './files.service.js';
import { orientationLoaders, personOf } from './loaders.js';
import * as networks from './networks.service.js';
import * as periods from './periods.service.js';
import * as time from './time.service.js';

/** Date inputs (the Date scalar hands a Date at UTC midnight) as yyyy-mm-dd. */

export const networkResolvers = {
  Query: {
    orientationPeriods: guard(orientationReader, (args, ctx) => periods.listPeriods(ctx, args.cioId, args.schoolYear)),
    orientationNetworks: guard(orientationReader, (args, ctx) => networks.listNetworks(ctx, args.cioId)),
    orientationNetwork: guard(
      orientationReader,
      readById({ action: 'orientation_network.read', subjectType: 'orientation_network' }, (args, ctx) =>
        networks.getNetwork(ctx, args.id),
      ),
    ),
    orientationTimetable: guard(orientationReader, (args, ctx) => time.timetable(ctx, args)),
    orientationServiceCheck: guard(orientationStaff, (args, ctx) =>
      time.serviceCheck(ctx, args.cioId, args.schoolYear),
    ),
    orientationDuties: guard(orientationReader, (args, ctx) => duties.listDuties(ctx, args.cioId)),
    orientationTransversalFiles: guard(orientationStaff, (args, ctx) => files.listFiles(ctx, args.cioId)),
  },
  Mutation: {
    createOrientationPeriod: guard(orientationDirection, (args, ctx) =>
      periods.createPeriod(ctx, {
        ...args.input,
        startsOn: dayOf(args.input.startsOn),
        endsOn: dayOf(args.input.endsOn),
      }),
    ),
    updateOrientationPeriod: guard(orientationDirection, (args, ctx) =>
      periods.updatePeriod(ctx, {
        ...args.input,
        startsOn: dayOf(args.input.startsOn),
        endsOn: dayOf(args.input.endsOn),
      }),
    ),
    deleteOrientationPeriod: guard(orientationDirection, (args, ctx) => periods.deletePeriod(ctx, args.input)),
    createOrientationNetwork: guard(orientationDirection, (args, ctx) => networks.createNetwork(ctx, args.input)),
    updateOrientationNetwork: guard(orientationDirection, (args, ctx) => networks.updateNetwork(ctx, args.input)),
    deleteOrientationNetwork: guard(orientationDirection, (args, ctx) => networks.deleteNetwork(ctx, args.input)),
    setPsyenQuotity: guard(orientationDirection, (args, ctx) => time.setQuotity(ctx, args.input)),
    setPsyenWeek: guard(orientationDirection, (args, ctx) => time.setWeek(ctx, args.input)),
    createOrientationDuty: guard(orientationDirection, (args, ctx) => duties.createDuty(ctx, args.input)),
    updateOrientationDuty: guard(orientationDirection, (args, ctx) => duties.updateDuty(ctx, args.input)),
    deleteOrientationDuty: guard(orientationDirection, (args, ctx) => duties.deleteDuty(ctx, args.input)),
    createTransversalFile: guard(orientationDirection, (args, ctx) =>
      files.createFile(ctx, { ...args.input, since: dayOf(args.input.since) }),
    ),
    updateTransversalFile: guard(orientationDirection, (args, ctx) =>
      files.updateFile(ctx, { ...args.input, since: dayOf(args.input.since) }),
    ),
  },
  OrientationNetwork: {
    headSchool: async (n, _a, ctx) => (await identityLoaders.organisation(ctx).load(n.headSchoolId))!,
    schools: (n, _a, ctx) => orientationLoaders.schools(ctx).load(n.id),
    psyen: async (n, _a, ctx) =>
      Promise.all((await orientationLoaders.psyenIds(ctx).load(n.id)).map((id) => personOf(ctx, n.cioId, id))),
    warnings: (n, _a, ctx) => networks.networkWarnings(ctx, n),
  },
  OrientationSlot: {
    person: (s, _a, ctx) => personOf(ctx, s.cioId, s.userId),
    school: (s, _a, ctx) => (s.schoolId ? identityLoaders.organisation(ctx).load(s.schoolId) : null),
  },
  PsyenService: {
    person: (s, _a, ctx) => personOf(ctx, s.cioId, s.userId),
    availableHalfDays: (s) => Math.floor((10 * s.quotityPercent) / 100),
  },
  PsyenPeriodService: {
    person: (s, _a, ctx) => personOf(ctx, s.cioId, s.userId),
  },
  UncoveredSchool: {
    school: async (u, _a, ctx) => (await identityLoaders.organisation(ctx).load(u.schoolId))!,
  },
  OrientationDuty: {
    cells: (d, _a, ctx) => orientationLoaders.cells(ctx).load(d.id),
  },
  OrientationTransversalFile: {
    pilot: (f, _a, ctx) => (f.pilotUserId ? personOf(ctx, f.cioId, f.pilotUserId) : null),
  },
} satisfies Resolvers;
