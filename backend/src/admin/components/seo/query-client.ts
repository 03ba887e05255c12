import { QueryClient } from "@tanstack/react-query"

/**
 * The SEO widgets and the audit page bring their own QueryClient, for the reason given in
 * `lib/statistics/query-client.ts` (the dashboard's TanStack Query is another copy).
 */
export const seoQueryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: 30_000, retry: false, refetchOnWindowFocus: false },
  },
})

export const seoKeys = {
  item: (type: string, id: string) => ["seo", type, id] as const,
  titles: ["seo", "titles"] as const,
  audits: ["seo-audits"] as const,
  audit: (id: string) => ["seo-audits", id] as const,
}
