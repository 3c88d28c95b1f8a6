import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { gqlRequest } from '../../app/graphql';
import { graphql } from '../../gql';

const DashboardPlatformsDocument = graphql(`
  query DashboardPlatforms {
    platforms {
      id
      name
      active
    }
  }
`);

const PsadDashboardDocument = graphql(`
  query PsadDashboard($platformId: ID!, $campaign: String) {
    psadDashboard(platformId: $platformId, campaign: $campaign) {
      platformId
      campaign
      campaigns
      total
      withoutSolution
      funnel {
        stage
        count
        shareOfIdentified
        shareOfPrevious
      }
      bySource {
        source
        signalSource
        count
      }
      solutionsByType {
        type
        count
        share
      }
      closuresByOutcome {
        outcome
        count
        share
      }
      minorsWithoutSolution {
        count
        minors
        share
      }
      delays {
        medianDaysToFirstAttempt
        firstAttemptCount
        medianDaysToSolution
        solutionCount
      }
      partners {
        organisation {
          id
          name
        }
        total
        byStatus {
          status
          count
        }
      }
      transfers {
        incoming
        outgoing
        betweenPartners
      }
    }
  }
`);

/** Every platform, for a viewer's platform select (platforms are not personal data). */
export function useDashboardPlatforms(enabled: boolean) {
  return useQuery({
    queryKey: ['platforms', 'dashboard'],
    queryFn: ({ signal }) => gqlRequest(DashboardPlatformsDocument, {}, signal),
    enabled,
    staleTime: 5 * 60_000,
    select: (data) => data.platforms.filter((p) => p.active),
  });
}

/** The aggregates of a platform (and campaign); the previous figures stay shown while the next load. */
export function usePsadDashboard(platformId: string | undefined, campaign: string | null) {
  return useQuery({
    queryKey: ['psad-dashboard', platformId, campaign],
    queryFn: ({ signal }) => gqlRequest(PsadDashboardDocument, { platformId: platformId ?? '', campaign }, signal),
    enabled: Boolean(platformId),
    placeholderData: keepPreviousData,
    select: (data) => data.psadDashboard,
  });
}

export type PsadDashboardData = NonNullable<ReturnType<typeof usePsadDashboard>['data']>;
