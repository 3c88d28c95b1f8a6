import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { gqlRequest } from '../../app/graphql';
import { graphql } from '../../gql';
import type { CpmsIndicatorsQuery } from '../../gql/graphql';

const CpmsIndicatorsDocument = graphql(`
  query CpmsIndicators($year: Int!, $zoneId: ID) {
    cpmsIndicators(year: $year, zoneId: $zoneId) {
      year
      rule
      zones {
        id
        name
      }
      zone {
        id
        name
      }
      tables {
        key
        title
        columns
        note
        chart
        rows {
          label
          cells {
            value
            display
            masked
          }
        }
      }
    }
  }
`);

export type CpmsIndicatorsData = CpmsIndicatorsQuery['cpmsIndicators'];

export function useCpmsIndicators(year: number, zoneId: string | null) {
  return useQuery({
    queryKey: ['cpmsIndicators', year, zoneId],
    queryFn: () => gqlRequest(CpmsIndicatorsDocument, { year, zoneId }),
    select: (d) => d.cpmsIndicators,
    placeholderData: keepPreviousData,
  });
}

/** The indicators of a year (and zone) as CSV or XLSX. */
export const cpmsIndicatorsExportUrl = (format: 'csv' | 'xlsx', year: number, zoneId: string | null) =>
  `/api/cpms/indicators/export?${new URLSearchParams({ format, year: String(year), ...(zoneId ? { zoneId } : {}) })}`;
