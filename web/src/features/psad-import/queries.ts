import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { gqlRequest } from '../../app/graphql';
import { graphql } from '../../gql';
import type { SignalInput } from '../../gql/graphql';
import { confirmImport } from './upload';

const PlatformImportsDocument = graphql(`
  query PlatformImports($platformId: ID!) {
    imports(platformId: $platformId) {
      id
      campaign
      fileName
      status
      uploadedAt
      confirmedAt
      report {
        total
        accepted
        merged
        rejectedCount
        duplicatesInFile
      }
    }
  }
`);

const SieiImportDocument = graphql(`
  query SieiImport($id: ID!) {
    import(id: $id) {
      id
      platformId
      campaign
      fileName
      status
      uploadedAt
      confirmedAt
      uploadedBy {
        id
        displayName
      }
      report {
        total
        accepted
        merged
        rejectedCount
        rejected {
          line
          reason
        }
        duplicatesInFile
        warnings
        created
        updated
        casesOpened
      }
      preview {
        columns
        sample {
          line
          cells
          outcome
          note
        }
        duplicates {
          line
          sameAsLine
          matchedOn
          ine
          lastName
          firstNames
          birthDate
          first {
            ine
            lastName
            firstNames
            birthDate
          }
        }
        merged {
          line
          matchedOn
          ine
          lastName
          firstNames
          birthDate
          known {
            youngPersonId
            ine
            lastName
            firstNames
            birthDate
            caseId
            caseStatus
          }
        }
      }
    }
  }
`);

const SignalPlatformsDocument = graphql(`
  query SignalPlatforms {
    platforms {
      id
      name
      partners {
        id
      }
    }
  }
`);

const SignalYoungPersonDocument = graphql(`
  mutation SignalYoungPerson($input: SignalInput!) {
    signalYoungPerson(input: $input) {
      matched
      caseId
    }
  }
`);

/** After a write to a platform's list, every cached answer may be stale but the user's and the platforms'. */
const staleAfterListWrite = (query: { queryKey: readonly unknown[] }) =>
  query.queryKey[0] !== 'platforms' && query.queryKey[0] !== 'me';

export const importsKey = (platformId: string | undefined) => ['psad-imports', 'list', platformId] as const;
export const importKey = (id: string) => ['psad-imports', 'one', id] as const;

/** The imports of a platform, newest first (referents of the platform). */
export function usePlatformImports(platformId: string | undefined) {
  return useQuery({
    queryKey: importsKey(platformId),
    queryFn: ({ signal }) => gqlRequest(PlatformImportsDocument, { platformId: platformId ?? '' }, signal),
    enabled: Boolean(platformId),
    select: (data) => data.imports,
  });
}

export function useSieiImport(id: string) {
  return useQuery({
    queryKey: importKey(id),
    queryFn: ({ signal }) => gqlRequest(SieiImportDocument, { id }, signal),
    select: (data) => data.import,
  });
}

/** Confirms an import through REST, then refreshes what it changed (imports, worklists, dashboard). */
export function useConfirmImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (importId: string) => confirmImport(importId),
    onSettled: () => queryClient.invalidateQueries({ predicate: staleAfterListWrite }),
  });
}

/** Every active platform, with its partners: any partner may signal a young person to it. */
export function useSignalPlatforms() {
  return useQuery({
    queryKey: ['platforms', 'signal'],
    queryFn: ({ signal }) => gqlRequest(SignalPlatformsDocument, {}, signal),
    staleTime: 5 * 60_000,
    select: (data) => data.platforms,
  });
}

export function useSignalYoungPerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SignalInput) => gqlRequest(SignalYoungPersonDocument, { input }),
    // A signal may open a case or add to one: worklists and timelines are stale.
    onSuccess: () => queryClient.invalidateQueries({ predicate: staleAfterListWrite }),
  });
}
