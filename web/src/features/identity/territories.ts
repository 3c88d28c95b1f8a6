import { useQuery } from '@tanstack/react-query';
import { gqlRequest } from '../../app/graphql';
import { graphql } from '../../gql';

const TerritoryOptionsDocument = graphql(`
  query TerritoryOptions {
    regions: territories(kind: REGION, first: 100) {
      nodes {
        id
        name
        code
      }
    }
    departements: territories(kind: DEPARTEMENT, first: 100) {
      nodes {
        id
        name
        code
      }
    }
    bassins: territories(kind: BASSIN, first: 100) {
      nodes {
        id
        name
        code
      }
    }
  }
`);

const CommuneSuggestionsDocument = graphql(`
  query CommuneSuggestions($search: String!) {
    territories(kind: COMMUNE, search: $search, first: 10) {
      nodes {
        id
        name
        code
      }
    }
  }
`);

/** Régions, départements and bassins, for the territory selects. */
export function useTerritoryOptions() {
  return useQuery({
    queryKey: ['territories', 'options'],
    queryFn: ({ signal }) => gqlRequest(TerritoryOptionsDocument, {}, signal),
    staleTime: 10 * 60_000,
  });
}

/** Communes whose name matches, for a datalist (only from 2 letters on). */
export function useCommuneSuggestions(search: string) {
  const term = search.trim();
  return useQuery({
    queryKey: ['territories', 'communes', term],
    queryFn: ({ signal }) => gqlRequest(CommuneSuggestionsDocument, { search: term }, signal),
    enabled: term.length >= 2 && !/^\d+$/.test(term),
    staleTime: 10 * 60_000,
  });
}
