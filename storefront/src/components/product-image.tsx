import Image from "next/image";
import { isBackendUrl } from "@/lib/backend-url";

type ProductImageProps = {
  src: string | null;
  /** Empty when the image only repeats a title shown next to it. */
  alt: string;
  /** Shown in the placeholder when the product has no photo. */
  placeholderLabel: string;
  sizes: string;
  /** Above the fold: load at once instead of when scrolled into view. */
  eager?: boolean;
  /**
   * The page's largest image (its LCP element): announced in the document head and fetched
   * at high priority, before the scripts. One per page at most.
   */
  preload?: boolean;
  /**
   * Whether the optimiser may fetch `src`. Decided on the server (where the
   * backend's address is known) and passed down when rendered by a client component.
   */
  optimise?: boolean;
};

/** A square product photo, or a neutral placeholder of the same size. */
export function ProductImage({ src, alt, placeholderLabel, sizes, eager = false, preload = false, optimise }: ProductImageProps) {
  if (!src) {
    return (
      <div className="flex aspect-square w-full flex-col items-center justify-center gap-2 bg-surface text-muted">
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="h-10 w-10"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
        >
          <rect x="3" y="5" width="18" height="14" rx="2" />
          <circle cx="9" cy="10" r="1.75" />
          <path d="m4 17 5-5 4 4 3-3 4 4" />
        </svg>
        <span className="text-sm">{placeholderLabel}</span>
      </div>
    );
  }

  return (
    <div className="relative aspect-square w-full overflow-hidden bg-surface">
      <Image
        src={src}
        alt={alt}
        fill
        sizes={sizes}
        preload={preload}
        loading={preload ? undefined : eager ? "eager" : "lazy"}
        fetchPriority={preload ? "high" : undefined}
        // Uploads come from our backend and go through the optimiser; any other
        // host is not allowed there, so its images are shown as they are.
        unoptimized={!(optimise ?? isBackendUrl(src))}
        className="object-cover"
      />
    </div>
  );
}
