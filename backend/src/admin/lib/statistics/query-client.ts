import { QueryClient } from "@tanstack/react-query"

/**
 * The Statistiques pages bring their own QueryClient: in this monorepo the dashboard bundles its
 * own copy of TanStack Query (5.64), so its provider is invisible to the copy these pages import
 * ("No QueryClient set"). One client for the browser tab, as TanStack Query advises.
 */
export const statisticsQueryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Reports are read, not edited: a minute of freshness spares the database when a student
      // flips between pages; a click on "Réessayer" or a new period refetches.
      staleTime: 60_000,
      retry: (failures, error) => failures < 1 && !isClientError(error),
      refetchOnWindowFocus: false,
    },
  },
})

function isClientError(error: unknown): boolean {
  return (
    typeof error === "object" && error !== null && "status" in error && typeof error.status === "number" &&
    error.status >= 400 && error.status < 500
  )
}
