"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { getQueryClient } from "@/lib/query-client";

/**
 * Client-side state (cart, account) for the client components that need it. Wrap the subtree of
 * the routes whose components use queries, in their segment layout, not the root layout: no
 * component does yet, and mounted at the root it put react-query (~9 kB compressed) in every
 * page's JavaScript. The browser keeps one QueryClient, so routes still share their cache.
 */
export function Providers({ children }: { children: ReactNode }) {
  const queryClient = getQueryClient();
  return (
    <QueryClientProvider client={queryClient}>
      {/* The fragment bridges two React type versions: react-query is hoisted to the
          root node_modules, where it sees the React 18 types of the backend's admin. */}
      <>{children}</>
    </QueryClientProvider>
  );
}
