import Link from "next/link";
import type { ReactNode } from "react";
import type { StorefrontEvent } from "@/lib/analytics/events";
import { breadcrumbJsonLd, type BreadcrumbItem } from "@/lib/json-ld";
import type { ListingPage, ListingQuery } from "@/lib/listing";
import { getStorefrontUrl } from "@/lib/site-url";
import { Breadcrumbs } from "../breadcrumbs";
import { JsonLdScript } from "../json-ld-script";
import { TrackEvent } from "../track-event";
import { ProductListing } from "./product-listing";

/** The page of a category or a collection: trail, title, text, sub-groups and the product listing. */
export function ListingPageView({
  breadcrumbs,
  title,
  description,
  subgroups,
  subgroupsLabel,
  basePath,
  query,
  listing,
  event,
}: {
  breadcrumbs: readonly BreadcrumbItem[];
  title: string;
  description: string | null;
  subgroups?: readonly { name: string; path: string }[];
  subgroupsLabel?: string;
  basePath: string;
  query: ListingQuery;
  listing: ListingPage;
  event: StorefrontEvent;
}): ReactNode {
  return (
    <>
      <JsonLdScript data={breadcrumbJsonLd(breadcrumbs, getStorefrontUrl())} />
      <TrackEvent event={event} />
      <Breadcrumbs items={breadcrumbs} />
      <header className="mb-8">
        <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
        {description && <p className="mt-3 max-w-3xl whitespace-pre-line text-lg text-muted">{description}</p>}
        {subgroups && subgroups.length > 0 && (
          <nav aria-label={subgroupsLabel} className="mt-5">
            <ul className="flex flex-wrap gap-2">
              {subgroups.map((group) => (
                <li key={group.path}>
                  <Link
                    href={group.path}
                    className="inline-block rounded-full border border-line px-4 py-1.5 text-sm no-underline hover:border-brand hover:text-brand"
                  >
                    {group.name}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <ProductListing basePath={basePath} query={query} listing={listing} />
    </>
  );
}
