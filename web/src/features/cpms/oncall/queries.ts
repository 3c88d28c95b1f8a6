import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { gqlRequest } from '../../../app/graphql';
import { graphql } from '../../../gql';
import type {
  CreateOncallShiftInput,
  DecideOncallSwapInput,
  DeleteOncallShiftInput,
  LogOncallCallInput,
  OncallCallsQuery,
  OncallPoolsQuery,
  OncallRotaQuery,
  ProposeOncallSwapInput,
  PublishOncallPeriodInput,
  CloseOncallFollowUpInput,
  GenerateOncallWeeksInput,
  UpdateOncallRulesInput,
  ReplaceOncallTemplatesInput,
  SetOncallPhoneInput,
  WithdrawOncallSwapInput,
} from '../../../gql/graphql';

/** A mutation that refreshes the given queries once it succeeds. */
function useInvalidating<V, R = unknown>(keys: string[], run: (input: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => Promise.all(keys.map((key) => client.invalidateQueries({ queryKey: [key] }))),
  });
}

const PoolsDocument = graphql(`
  query OncallPools {
    oncallPools {
      id
      name
      canDirect
      maxShiftMinutes
      minRestMinutes
      version
      cpms {
        id
        name
      }
      people {
        id
        displayName
        cpmsName
        isAgent
        phone
      }
      templates {
        id
        weekday
        startTime
        endTime
        agent {
          id
          displayName
        }
        backup {
          id
          displayName
        }
      }
    }
  }
`);

export type OncallPoolItem = OncallPoolsQuery['oncallPools'][number];

export const useOncallPools = () =>
  useQuery({ queryKey: ['oncallPools'], queryFn: () => gqlRequest(PoolsDocument, {}) });

const RotaDocument = graphql(`
  query OncallRota($id: ID!, $from: Date!, $to: Date!) {
    oncallPool(id: $id) {
      id
      shifts(from: $from, to: $to) {
        id
        startsAt
        endsAt
        minutes
        crossesDstChange
        status
        version
        agent {
          id
          displayName
        }
        backup {
          id
          displayName
        }
      }
      swaps {
        id
        role
        status
        note
        version
        createdAt
        shift {
          id
          startsAt
          endsAt
        }
        from {
          id
          displayName
        }
        to {
          id
          displayName
        }
      }
    }
  }
`);
export type OncallShiftItem = NonNullable<OncallRotaQuery['oncallPool']>['shifts'][number];
export type OncallSwapItem = NonNullable<OncallRotaQuery['oncallPool']>['swaps'][number];

export const useOncallRota = (id: string | undefined, from: string, to: string) =>
  useQuery({
    queryKey: ['oncallRota', id, from, to],
    queryFn: () => gqlRequest(RotaDocument, { id: id!, from, to }),
    enabled: Boolean(id),
  });

const CheckDocument = graphql(`
  query OncallCheck($id: ID!, $from: Date!, $to: Date!) {
    oncallPool(id: $id) {
      id
      check(from: $from, to: $to) {
        coveredMinutes
        periodMinutes
        issues {
          kind
          startsAt
          endsAt
          person {
            id
            displayName
          }
        }
      }
    }
  }
`);

export const useOncallCheck = (id: string | undefined, from: string, to: string, enabled: boolean) =>
  useQuery({
    queryKey: ['oncallCheck', id, from, to],
    queryFn: () => gqlRequest(CheckDocument, { id: id!, from, to }),
    enabled: Boolean(id) && enabled,
  });

const OnCallDocument = graphql(`
  query OncallNow($id: ID!) {
    cpmsOnCall(poolId: $id) {
      at
      shift {
        id
        startsAt
        endsAt
      }
      agent {
        id
        displayName
        cpmsName
        phone
      }
      backup {
        id
        displayName
        cpmsName
        phone
      }
    }
  }
`);

export const useOnCallNow = (id: string | undefined) =>
  useQuery({
    queryKey: ['oncallNow', id],
    queryFn: () => gqlRequest(OnCallDocument, { id: id! }),
    enabled: Boolean(id),
  });

const CallsDocument = graphql(`
  query OncallCalls($id: ID!, $month: String!) {
    oncallPool(id: $id) {
      id
      calls(month: $month) {
        id
        receivedAt
        callerKind
        category
        urgency
        action
        followUpDue
        followUpDoneAt
        version
        referredCpms {
          id
          name
        }
      }
      callStats(month: $month) {
        month
        total
        byCategory {
          category
          count
        }
        byHour {
          hour
          count
        }
      }
    }
  }
`);
export type OncallCallItem = NonNullable<OncallCallsQuery['oncallPool']>['calls'][number];

export const useOncallCalls = (id: string | undefined, month: string) =>
  useQuery({
    queryKey: ['oncallCalls', id, month],
    queryFn: () => gqlRequest(CallsDocument, { id: id!, month }),
    enabled: Boolean(id),
  });

const CreateShiftDocument = graphql(`
  mutation CreateOncallShift($input: CreateOncallShiftInput!) {
    createOncallShift(input: $input) {
      id
    }
  }
`);
const DeleteShiftDocument = graphql(`
  mutation DeleteOncallShift($input: DeleteOncallShiftInput!) {
    deleteOncallShift(input: $input)
  }
`);
const PublishDocument = graphql(`
  mutation PublishOncallPeriod($input: PublishOncallPeriodInput!) {
    publishOncallPeriod(input: $input) {
      published
    }
  }
`);
const ProposeSwapDocument = graphql(`
  mutation ProposeOncallSwap($input: ProposeOncallSwapInput!) {
    proposeOncallSwap(input: $input) {
      id
    }
  }
`);
const DecideSwapDocument = graphql(`
  mutation DecideOncallSwap($input: DecideOncallSwapInput!) {
    decideOncallSwap(input: $input) {
      id
      status
    }
  }
`);
const LogCallDocument = graphql(`
  mutation LogOncallCall($input: LogOncallCallInput!) {
    logOncallCall(input: $input) {
      id
    }
  }
`);
const CloseFollowUpDocument = graphql(`
  mutation CloseOncallFollowUp($input: CloseOncallFollowUpInput!) {
    closeOncallFollowUp(input: $input) {
      id
      version
    }
  }
`);

const GenerateDocument = graphql(`
  mutation GenerateOncallWeeks($input: GenerateOncallWeeksInput!) {
    generateOncallWeeks(input: $input) {
      id
    }
  }
`);
const RulesDocument = graphql(`
  mutation UpdateOncallRules($input: UpdateOncallRulesInput!) {
    updateOncallRules(input: $input) {
      id
      version
      maxShiftMinutes
      minRestMinutes
    }
  }
`);

const ReplaceTemplatesDocument = graphql(`
  mutation ReplaceOncallTemplates($input: ReplaceOncallTemplatesInput!) {
    replaceOncallTemplates(input: $input) {
      id
      version
    }
  }
`);
const SetPhoneDocument = graphql(`
  mutation SetOncallPhone($input: SetOncallPhoneInput!) {
    setOncallPhone(input: $input) {
      id
      phone
    }
  }
`);
const WithdrawSwapDocument = graphql(`
  mutation WithdrawOncallSwap($input: WithdrawOncallSwapInput!) {
    withdrawOncallSwap(input: $input) {
      id
      status
    }
  }
`);

const ROTA_KEYS = ['oncallRota', 'oncallCheck', 'oncallNow'];
export const useReplaceTemplates = () =>
  useInvalidating(['oncallPools'], (input: ReplaceOncallTemplatesInput) =>
    gqlRequest(ReplaceTemplatesDocument, { input }),
  );
export const useSetPhone = () =>
  useInvalidating(['oncallPools', 'oncallNow'], (input: SetOncallPhoneInput) =>
    gqlRequest(SetPhoneDocument, { input }),
  );
export const useWithdrawSwap = () =>
  useInvalidating(ROTA_KEYS, (input: WithdrawOncallSwapInput) => gqlRequest(WithdrawSwapDocument, { input }));
export const useGenerateWeeks = () =>
  useInvalidating(ROTA_KEYS, (input: GenerateOncallWeeksInput) => gqlRequest(GenerateDocument, { input }));
export const useUpdateRules = () =>
  useInvalidating(['oncallPools', ...ROTA_KEYS], (input: UpdateOncallRulesInput) =>
    gqlRequest(RulesDocument, { input }),
  );
export const useCreateShift = () =>
  useInvalidating(ROTA_KEYS, (input: CreateOncallShiftInput) => gqlRequest(CreateShiftDocument, { input }));
export const useDeleteShift = () =>
  useInvalidating(ROTA_KEYS, (input: DeleteOncallShiftInput) => gqlRequest(DeleteShiftDocument, { input }));
export const usePublish = () =>
  useInvalidating(ROTA_KEYS, (input: PublishOncallPeriodInput) => gqlRequest(PublishDocument, { input }));
export const useProposeSwap = () =>
  useInvalidating(ROTA_KEYS, (input: ProposeOncallSwapInput) => gqlRequest(ProposeSwapDocument, { input }));
export const useDecideSwap = () =>
  useInvalidating(ROTA_KEYS, (input: DecideOncallSwapInput) => gqlRequest(DecideSwapDocument, { input }));
export const useLogCall = () =>
  useInvalidating(['oncallCalls'], (input: LogOncallCallInput) => gqlRequest(LogCallDocument, { input }));
export const useCloseFollowUp = () =>
  useInvalidating(['oncallCalls'], (input: CloseOncallFollowUpInput) => gqlRequest(CloseFollowUpDocument, { input }));
