import { InformationCircleSolid } from "@medusajs/icons"
import { Text } from "@medusajs/ui"
import { Fragment } from "react"

/**
 * Says why a report is empty and what to do about it. Text between backticks is a command
 * to type, shown as code.
 */
export function EmptyState({ message }: { message: string }) {
  const parts = message.split("`")
  return (
    <div role="status" className="bg-ui-bg-subtle flex items-start gap-2 rounded-md px-4 py-3">
      <InformationCircleSolid className="text-ui-fg-interactive mt-0.5 shrink-0" aria-hidden />
      <Text size="small">
        {parts.map((part, index) =>
          index % 2 === 1 ? (
            <code key={index} className="bg-ui-bg-component txt-compact-small rounded px-1 font-mono">
              {part}
            </code>
          ) : (
            <Fragment key={index}>{part}</Fragment>
          ),
        )}
      </Text>
    </div>
  )
}
