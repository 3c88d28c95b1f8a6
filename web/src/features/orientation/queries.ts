import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { gqlRequest } from '../../app/graphql';
import { graphql } from '../../gql';
import { parisToday } from '../../ui/format';
import type {
  CreateOrientationDutyInput,
  CreateTransversalFileInput,
  DeleteOrientationInput,
  OrientationDutiesQuery,
  OrientationTransversalFilesQuery,
  UpdateOrientationDutyInput,
  UpdateTransversalFileInput,
  CreateOrientationNetworkInput,
  CreateOrientationPeriodInput,
  OrientationNetworksQuery,
  OrientationPeriodsQuery,
  OrientationServiceCheckQuery,
  OrientationTimetableQuery,
  SetPsyenQuotityInput,
  SetPsyenWeekInput,
  UpdateOrientationNetworkInput,
} from '../../gql/graphql';

/** The school year under way (« 2026-2027 » from September 2026 to August 2027). */
export function currentSchoolYear(today = parisToday()): string {
  const year = Number(today.slice(0, 4));
  return Number(today.slice(5, 7)) >= 9 ? `${year}-${year + 1}` : `${year - 1}-${year}`;
}

const PeriodsDocument = graphql(`
  query OrientationPeriods($cioId: ID!, $schoolYear: String!) {
    orientationPeriods(cioId: $cioId, schoolYear: $schoolYear) {
      id
      name
      startsOn
      endsOn
      schoolYear
      version
    }
  }
`);
export type OrientationPeriodItem = OrientationPeriodsQuery['orientationPeriods'][number];

export const usePeriods = (cioId: string | undefined, schoolYear: string) =>
  useQuery({
    queryKey: ['orientationPeriods', cioId, schoolYear],
    queryFn: () => gqlRequest(PeriodsDocument, { cioId: cioId!, schoolYear }),
    enabled: Boolean(cioId),
  });

const NetworksDocument = graphql(`
  query OrientationNetworks($cioId: ID!) {
    orientationNetworks(cioId: $cioId) {
      id
      name
      version
      warnings
      headSchool {
        id
        name
        uai
      }
      schools {
        id
        name
        uai
      }
      psyen {
        id
        displayName
      }
    }
  }
`);
export type OrientationNetworkItem = OrientationNetworksQuery['orientationNetworks'][number];

export const useNetworks = (cioId: string | undefined) =>
  useQuery({
    queryKey: ['orientationNetworks', cioId],
    queryFn: () => gqlRequest(NetworksDocument, { cioId: cioId! }),
    enabled: Boolean(cioId),
  });

const CheckDocument = graphql(`
  query OrientationServiceCheck($cioId: ID!, $schoolYear: String!) {
    orientationServiceCheck(cioId: $cioId, schoolYear: $schoolYear) {
      services {
        person {
          id
          displayName
        }
        periodId
        quotityPercent
        availableHalfDays
        cioHalfDays
        schoolHalfDays
        version
      }
      uncovered {
        networkId
        networkName
        periodId
        periodName
        school {
          id
          name
        }
      }
    }
  }
`);
export type ServiceCheck = OrientationServiceCheckQuery['orientationServiceCheck'];

export const useServiceCheck = (cioId: string | undefined, schoolYear: string, enabled = true) =>
  useQuery({
    queryKey: ['orientationServiceCheck', cioId, schoolYear],
    queryFn: () => gqlRequest(CheckDocument, { cioId: cioId!, schoolYear }),
    enabled: Boolean(cioId) && enabled,
  });

const TimetableDocument = graphql(`
  query OrientationTimetable($periodId: ID!, $userId: ID, $schoolId: ID) {
    orientationTimetable(periodId: $periodId, userId: $userId, schoolId: $schoolId) {
      id
      weekday
      halfDay
      activity
      mode
      networkId
      school {
        id
        name
      }
      person {
        id
        displayName
      }
    }
  }
`);
export type TimetableSlot = OrientationTimetableQuery['orientationTimetable'][number];

export const useTimetable = (periodId: string | undefined, filter: { userId?: string; schoolId?: string }) =>
  useQuery({
    queryKey: ['orientationTimetable', periodId, filter.userId ?? null, filter.schoolId ?? null],
    queryFn: () =>
      gqlRequest(TimetableDocument, {
        periodId: periodId!,
        userId: filter.userId ?? null,
        schoolId: filter.schoolId ?? null,
      }),
    enabled: Boolean(periodId),
  });

const CreatePeriodDocument = graphql(`
  mutation CreateOrientationPeriod($input: CreateOrientationPeriodInput!) {
    createOrientationPeriod(input: $input) {
      id
    }
  }
`);
const CreateNetworkDocument = graphql(`
  mutation CreateOrientationNetwork($input: CreateOrientationNetworkInput!) {
    createOrientationNetwork(input: $input) {
      id
    }
  }
`);
const UpdateNetworkDocument = graphql(`
  mutation UpdateOrientationNetwork($input: UpdateOrientationNetworkInput!) {
    updateOrientationNetwork(input: $input) {
      id
      version
    }
  }
`);
const SetWeekDocument = graphql(`
  mutation SetPsyenWeek($input: SetPsyenWeekInput!) {
    setPsyenWeek(input: $input) {
      id
    }
  }
`);
const SetQuotityDocument = graphql(`
  mutation SetPsyenQuotity($input: SetPsyenQuotityInput!) {
    setPsyenQuotity(input: $input) {
      quotityPercent
      version
    }
  }
`);

/** After any change of the networks or the time: every orientation list is read again. */
/** What a change of the networks or of the PsyEn's time shows again. */
const NETWORK_KEYS = ['orientationPeriods', 'orientationNetworks', 'orientationServiceCheck', 'orientationTimetable'];
const useOrientationMutation = <V>(run: (input: V) => Promise<unknown>) => useInvalidating(NETWORK_KEYS, run);

export const useCreatePeriod = () =>
  useOrientationMutation((input: CreateOrientationPeriodInput) => gqlRequest(CreatePeriodDocument, { input }));
export const useCreateNetwork = () =>
  useOrientationMutation((input: CreateOrientationNetworkInput) => gqlRequest(CreateNetworkDocument, { input }));
export const useUpdateNetwork = () =>
  useOrientationMutation((input: UpdateOrientationNetworkInput) => gqlRequest(UpdateNetworkDocument, { input }));
export const useSetWeek = () =>
  useOrientationMutation((input: SetPsyenWeekInput) => gqlRequest(SetWeekDocument, { input }));
export const useSetQuotity = () =>
  useOrientationMutation((input: SetPsyenQuotityInput) => gqlRequest(SetQuotityDocument, { input }));

const SchoolsDocument = graphql(`
  query OrientationSchools {
    organisations(filter: { kind: EPLE }, first: 100) {
      nodes {
        id
        name
        uai
        lyceeTeteDeReseau
        communeName
      }
    }
  }
`);

/** The directory's EPLE (with their UAI): the schools a network may hold. */
export const useSchools = (enabled: boolean) =>
  useQuery({ queryKey: ['orientationSchools'], queryFn: () => gqlRequest(SchoolsDocument), enabled });

const DutiesDocument = graphql(`
  query OrientationDuties($cioId: ID!) {
    orientationDuties(cioId: $cioId) {
      id
      label
      position
      version
      cells {
        role
        involvement
      }
    }
  }
`);
export type DutyItem = OrientationDutiesQuery['orientationDuties'][number];
export const useDuties = (cioId: string | undefined) =>
  useQuery({
    queryKey: ['orientationDuties', cioId],
    queryFn: () => gqlRequest(DutiesDocument, { cioId: cioId! }),
    enabled: Boolean(cioId),
  });

const CreateDutyDocument = graphql(`
  mutation CreateOrientationDuty($input: CreateOrientationDutyInput!) {
    createOrientationDuty(input: $input) {
      id
    }
  }
`);
const UpdateDutyDocument = graphql(`
  mutation UpdateOrientationDuty($input: UpdateOrientationDutyInput!) {
    updateOrientationDuty(input: $input) {
      id
      version
    }
  }
`);
const DeleteDutyDocument = graphql(`
  mutation DeleteOrientationDuty($input: DeleteOrientationInput!) {
    deleteOrientationDuty(input: $input)
  }
`);

/** A mutation that, once it succeeds, reads again every query whose key starts with one of `keys`. */
export function useInvalidating<V, R = unknown>(keys: string[], run: (input: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => Promise.all(keys.map((key) => client.invalidateQueries({ queryKey: [key] }))),
  });
}
export const useCreateDuty = () =>
  useInvalidating(['orientationDuties'], (input: CreateOrientationDutyInput) =>
    gqlRequest(CreateDutyDocument, { input }),
  );
export const useUpdateDuty = () =>
  useInvalidating(['orientationDuties'], (input: UpdateOrientationDutyInput) =>
    gqlRequest(UpdateDutyDocument, { input }),
  );
export const useDeleteDuty = () =>
  useInvalidating(['orientationDuties'], (input: DeleteOrientationInput) => gqlRequest(DeleteDutyDocument, { input }));

const FilesDocument = graphql(`
  query OrientationTransversalFiles($cioId: ID!) {
    orientationTransversalFiles(cioId: $cioId) {
      id
      kind
      title
      since
      status
      summary
      documentLinks
      version
      pilot {
        id
        displayName
      }
    }
  }
`);
export type TransversalFileItem = OrientationTransversalFilesQuery['orientationTransversalFiles'][number];
export const useTransversalFiles = (cioId: string | undefined) =>
  useQuery({
    queryKey: ['orientationTransversalFiles', cioId],
    queryFn: () => gqlRequest(FilesDocument, { cioId: cioId! }),
    enabled: Boolean(cioId),
  });
const CreateFileDocument = graphql(`
  mutation CreateTransversalFile($input: CreateTransversalFileInput!) {
    createTransversalFile(input: $input) {
      id
    }
  }
`);
const UpdateFileDocument = graphql(`
  mutation UpdateTransversalFile($input: UpdateTransversalFileInput!) {
    updateTransversalFile(input: $input) {
      id
      version
    }
  }
`);
export const useCreateFile = () =>
  useInvalidating(['orientationTransversalFiles'], (input: CreateTransversalFileInput) =>
    gqlRequest(CreateFileDocument, { input }),
  );
export const useUpdateFile = () =>
  useInvalidating(['orientationTransversalFiles'], (input: UpdateTransversalFileInput) =>
    gqlRequest(UpdateFileDocument, { input }),
  );
