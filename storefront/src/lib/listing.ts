import type { ProductSummary } from "./catalogue";

/**
 * Sorting, filtering and paging of a product list, from the page's URL. The
 * parameters are French words because visitors see them; every combination is
 * a plain link, so search engines can crawl the listings without JavaScript.
 */
export const SORT_KEYS = ["nouveautes", "prix-croissant", "prix-decroissant"] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const LISTING_PARAMS = {
  sort: "tri",
  minPrice: "prix-min",
  maxPrice: "prix-max",
  inStock: "disponible",
  page: "page",
} as const;

export const DEFAULT_SORT: SortKey = "nouveautes";
export const LISTING_PAGE_SIZE = 12;

/** Far above any real page count; a larger number is a typo or a crawler trap. */
const MAX_PAGE = 10_000;
const MAX_PRICE = 1_000_000;

export type ListingQuery = {
  sort: SortKey;
  /** Prices in major units, tax included; `null` = no bound. */
  minPrice: number | null;
  maxPrice: number | null;
  inStockOnly: boolean;
  page: number;
};

export type SearchParams = Readonly<Record<string, string | string[] | undefined>>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function readPrice(value: string | undefined): number | null {
  if (!value) return null;
  const amount = Number(value.replace(",", ".").trim());
  return Number.isFinite(amount) && amount >= 0 && amount <= MAX_PRICE ? amount : null;
}

/** Reads the URL's parameters; anything malformed is ignored, never an error page. */
export function parseListingQuery(params: SearchParams): ListingQuery {
  const sort = first(params[LISTING_PARAMS.sort]);
  const page = Number(first(params[LISTING_PARAMS.page]));
  let minPrice = readPrice(first(params[LISTING_PARAMS.minPrice]));
  let maxPrice = readPrice(first(params[LISTING_PARAMS.maxPrice]));
  if (minPrice !== null && maxPrice !== null && minPrice > maxPrice) [minPrice, maxPrice] = [maxPrice, minPrice];
  return {
    sort: (SORT_KEYS as readonly string[]).includes(sort ?? "") ? (sort as SortKey) : DEFAULT_SORT,
    minPrice,
    maxPrice,
    inStockOnly: first(params[LISTING_PARAMS.inStock]) === "1",
    page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1,
  };
}

function newestFirst(a: ProductSummary, b: ProductSummary): number {
  // Products created together (a seed, an import) keep a stable order by title.
  return b.createdAt.localeCompare(a.createdAt) || a.title.localeCompare(b.title, "fr");
}

function byPrice(direction: 1 | -1) {
  return (a: ProductSummary, b: ProductSummary): number => {
    // Products without a price go last whatever the direction.
    if (!a.price || !b.price) return a.price ? -1 : b.price ? 1 : newestFirst(a, b);
    return direction * (a.price.amount - b.price.amount) || newestFirst(a, b);
  };
}

export type ListingPage = {
  items: ProductSummary[];
  /** Products matching the filters (all pages). */
  total: number;
  page: number;
  pageCount: number;
  /** Cheapest and dearest price in the unfiltered list, for the price filter's hints. */
  priceRange: { min: number; max: number } | null;
};

export function sortProducts(products: readonly ProductSummary[], sort: SortKey): ProductSummary[] {
  const comparator =
    sort === "prix-croissant" ? byPrice(1) : sort === "prix-decroissant" ? byPrice(-1) : newestFirst;
  return [...products].sort(comparator);
}

/** Filters, sorts and cuts one page out of a list. A page past the end is reported, not clamped. */
export function applyListing(
  products: readonly ProductSummary[],
  query: ListingQuery,
  pageSize: number = LISTING_PAGE_SIZE,
): ListingPage {
  const prices = products.flatMap((product) => (product.price ? [product.price.amount] : []));
  const priceRange = prices.length > 0 ? { min: Math.min(...prices), max: Math.max(...prices) } : null;

  const filtered = products.filter((product) => {
    if (query.inStockOnly && product.stock.state === "out_of_stock") return false;
    if (query.minPrice === null && query.maxPrice === null) return true;
    if (!product.price) return false;
    if (query.minPrice !== null && product.price.amount < query.minPrice) return false;
    if (query.maxPrice !== null && product.price.amount > query.maxPrice) return false;
    return true;
  });
  const sorted = sortProducts(filtered, query.sort);
  const pageCount = Math.max(1, Math.ceil(sorted.length / pageSize));
  const start = (query.page - 1) * pageSize;
  return {
    items: sorted.slice(start, start + pageSize),
    total: sorted.length,
    page: query.page,
    pageCount,
    priceRange,
  };
}

/** True when the URL asks for a page that does not exist: the page answers 404. */
export function isPageOutOfRange(listing: ListingPage): boolean {
  return listing.page > listing.pageCount;
}

/**
 * The URL of a listing with `changes` applied. Default values are left out, so
 * every listing state has one address (and page 1 is the bare category URL).
 */
export function listingHref(basePath: string, query: ListingQuery, changes: Partial<ListingQuery> = {}): string {
  const next = { ...query, ...changes };
  // `basePath` may carry its own parameters (the search page's `q`): they are kept first.
  const [path = "", existing = ""] = basePath.split("?", 2);
  const params = new URLSearchParams(existing);
  if (next.sort !== DEFAULT_SORT) params.set(LISTING_PARAMS.sort, next.sort);
  if (next.minPrice !== null) params.set(LISTING_PARAMS.minPrice, String(next.minPrice));
  if (next.maxPrice !== null) params.set(LISTING_PARAMS.maxPrice, String(next.maxPrice));
  if (next.inStockOnly) params.set(LISTING_PARAMS.inStock, "1");
  if (next.page > 1) params.set(LISTING_PARAMS.page, String(next.page));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** Filters or a sort other than the default: such variants of a listing are not indexed. */
export function hasRefinements(query: ListingQuery): boolean {
  return query.sort !== DEFAULT_SORT || query.minPrice !== null || query.maxPrice !== null || query.inStockOnly;
}

/** The canonical URL of a listing page: filters and sort dropped, the page number kept. */
export function canonicalListingPath(basePath: string, query: ListingQuery): string {
  return listingHref(basePath, { sort: DEFAULT_SORT, minPrice: null, maxPrice: null, inStockOnly: false, page: query.page });
}
