import { defaultShouldDehydrateQuery, isServer, QueryClient } from "@tanstack/react-query";

function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Data prefetched on the server is fresh on arrival: do not refetch it at once.
        staleTime: 60 * 1000,
      },
      dehydrate: {
        // Lets a server component start a prefetch without awaiting it (streamed to the client).
        shouldDehydrateQuery: (query) =>
          defaultShouldDehydrateQuery(query) || query.state.status === "pending",
      },
    },
  });
}

let browserQueryClient: QueryClient | undefined;

/**
 * A new client for every server request, so one visitor's data (a cart, an
 * account) can never reach another; a single client for the life of the browser tab.
 */
export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  // Kept across renders: React may suspend and retry the first render.
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}
