import type { OrderSummary } from "@/lib/checkout/order";
import { formatPrice } from "@/lib/format";

/** An order's lines with their quantity and total: the confirmation page and the account's order detail. */
export function OrderLines({
  order,
  quantityLabel,
}: {
  order: Pick<OrderSummary, "lines" | "currencyCode">;
  quantityLabel: (quantity: number) => string;
}) {
  return (
    <ul className="divide-y divide-line border-y border-line">
      {order.lines.map((line) => (
        <li key={line.id} className="flex justify-between gap-4 py-2">
          <span>
            {line.title}
            {line.variantTitle ? ` – ${line.variantTitle}` : ""}
            <span className="block text-sm text-muted">{quantityLabel(line.quantity)}</span>
          </span>
          <span>{formatPrice(line.total, order.currencyCode)}</span>
        </li>
      ))}
    </ul>
  );
}
