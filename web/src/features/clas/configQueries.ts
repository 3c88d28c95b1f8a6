import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { gqlRequest } from '../../app/graphql';
import { graphql } from '../../gql';
import type { ClasYearConfigFieldsFragment, ClasYearConfigInput } from '../../gql/graphql';

/* The configuration of a school year that the CLAS rules use (rates, ceilings, group sizes, calendar), and its setting by an admin. */

graphql(`
  fragment ClasYearConfigFields on ClasYearConfig {
    schoolYear
    ratePercent
    ceilingCentsPerGroup
    minChildren
    maxChildren
    maxChildrenPerAdult
    warnChildrenPerAdult
    recommendedSessionsPerWeek
    latestStartDate
    earliestEndDate
    maxBreakWeeks
    classHours {
      day
      start
      end
    }
    configured
    version
  }
`);

const ClasYearConfigDocument = graphql(`
  query ClasYearConfig($schoolYear: String!) {
    clasYearConfig(schoolYear: $schoolYear) {
      ...ClasYearConfigFields
    }
  }
`);

const SetClasYearConfigDocument = graphql(`
  mutation SetClasYearConfig($input: ClasYearConfigInput!) {
    setClasYearConfig(input: $input) {
      ...ClasYearConfigFields
    }
  }
`);

export type ClasYearConfigData = ClasYearConfigFieldsFragment;

/** The configuration the rules use for a school year (its defaults until an admin sets it). */
export function useClasYearConfig(schoolYear: string | null) {
  return useQuery({
    queryKey: ['clas', 'config', schoolYear],
    queryFn: ({ signal }) => gqlRequest(ClasYearConfigDocument, { schoolYear: schoolYear ?? '' }, signal),
    enabled: Boolean(schoolYear),
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
    select: (data) => data.clasYearConfig,
  });
}

export function useSetClasYearConfig() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: ClasYearConfigInput) =>
      (await gqlRequest(SetClasYearConfigDocument, { input })).setClasYearConfig,
    onSuccess: async (config) => {
      queryClient.setQueryData(['clas', 'config', config.schoolYear], { clasYearConfig: config });
      // Estimates and eligibility of every project of that year change with it.
      await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'clas' && q.queryKey[1] !== 'config' });
    },
  });
}
