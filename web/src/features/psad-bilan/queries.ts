import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { gqlRequest } from '../../app/graphql';
import { graphql } from '../../gql';
import type { SaveBilanSectionsInput } from '../../gql/graphql';
import type { Period } from './period';

graphql(`
  fragment BilanTableFields on BilanTable {
    key
    title
    columns
    rows {
      label
      cells {
        value
        display
        masked
      }
    }
    note
    chart
  }
`);

graphql(`
  fragment PsadBilanFields on PsadBilan {
    platforms {
      id
      name
    }
    periodFrom
    periodTo
    previousFrom
    previousTo
    generatedAt
    masked
    rule
    tables {
      ...BilanTableFields
    }
    sections {
      besoins
      perspectives
      veille
      actionsPartenaires
    }
    sectionsVersion
  }
`);

const PsadBilanDocument = graphql(`
  query PsadBilan($platformId: ID!, $from: Date, $to: Date) {
    psadBilan(platformId: $platformId, from: $from, to: $to) {
      ...PsadBilanFields
    }
  }
`);

const RegionalBilanDocument = graphql(`
  query RegionalBilan($from: Date, $to: Date) {
    regionalBilan(from: $from, to: $to) {
      periodFrom
      periodTo
      platforms {
        id
        name
      }
      sideBySide {
        ...BilanTableFields
      }
      consolidated {
        ...PsadBilanFields
      }
    }
  }
`);

const SaveBilanSectionsDocument = graphql(`
  mutation SaveBilanSections($input: SaveBilanSectionsInput!) {
    saveBilanSections(input: $input) {
      ...PsadBilanFields
    }
  }
`);

/** A platform's bilan for a period (null: the school year under way); the last one stays shown while the next loads. */
export function usePsadBilan(platformId: string | undefined, period: Period | null) {
  return useQuery({
    queryKey: ['psad-bilan', platformId, period?.from ?? null, period?.to ?? null],
    queryFn: ({ signal }) =>
      gqlRequest(
        PsadBilanDocument,
        { platformId: platformId ?? '', from: period?.from ?? null, to: period?.to ?? null },
        signal,
      ),
    enabled: Boolean(platformId),
    placeholderData: keepPreviousData,
    select: (data) => data.psadBilan,
  });
}

export type PsadBilanData = NonNullable<ReturnType<typeof usePsadBilan>['data']>;
export type BilanTableData = PsadBilanData['tables'][number];

/** The région's platforms side by side and their consolidated bilan. */
export function useRegionalBilan(period: Period | null) {
  return useQuery({
    queryKey: ['regional-bilan', period?.from ?? null, period?.to ?? null],
    queryFn: ({ signal }) =>
      gqlRequest(RegionalBilanDocument, { from: period?.from ?? null, to: period?.to ?? null }, signal),
    placeholderData: keepPreviousData,
    select: (data) => data.regionalBilan,
  });
}

/** Saves the referent's written sections at the version read; the answer is the bilan as saved. */
export function useSaveBilanSections() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveBilanSectionsInput) => gqlRequest(SaveBilanSectionsDocument, { input }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['psad-bilan'] }),
  });
}
