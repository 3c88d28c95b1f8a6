import { QueryClient } from '@tanstack/react-query';
import { GraphQLRequestError } from './graphql';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // Only a network failure or a database blip is worth retrying; the server's other answers are final.
      retry: (failureCount, error) =>
        failureCount < 2 &&
        error instanceof GraphQLRequestError &&
        (error.hasCode('NETWORK') || error.hasCode('SERVICE_UNAVAILABLE')),
    },
    mutations: {
      retry: false,
    },
  },
});
