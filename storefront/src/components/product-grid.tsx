import type { ProductSummary } from "@/lib/catalogue";
import { ProductCard } from "./product-card";

/** Cards in a responsive grid; the first row loads at once (it is above the fold). */
export function ProductGrid({ products, eagerCount = 4 }: { products: readonly ProductSummary[]; eagerCount?: number }) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:gap-6 lg:grid-cols-4">
      {products.map((product, index) => (
        <li key={product.id} className="flex">
          <ProductCard product={product} eager={index < eagerCount} />
        </li>
      ))}
    </ul>
  );
}
