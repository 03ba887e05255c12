import { Button, Input, Label, Text } from "@medusajs/ui"
import { useState } from "react"
import { type CustomerMatch, eraseCustomer } from "./api"
import { personalDataMessages as m } from "./messages"

/** Erasure asks for the customer's e-mail again: it cannot be undone. */
export function EraseForm({ customer, onDone, onCancel }: { customer: CustomerMatch; onDone: (message: string) => void; onCancel: () => void }) {
  const [confirmation, setConfirmation] = useState("")
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const matches = confirmation.trim().toLowerCase() === customer.email.toLowerCase()

  async function erase() {
    setBusy(true)
    setError(null)
    try {
      const result = await eraseCustomer(customer.id, confirmation)
      onDone(m.erase.done(result.orders_anonymised, result.journal_entries_scrubbed, result.analytics_events_deleted))
    } catch (reason) {
      setError((reason as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="flex flex-col gap-y-2 rounded-md border border-ui-border-error p-3">
      <Text size="small">{m.erase.warning}</Text>
      <Label htmlFor={`erase-${customer.id}`}>{m.erase.confirmLabel(customer.email)}</Label>
      <Input id={`erase-${customer.id}`} value={confirmation} onChange={(event) => setConfirmation(event.target.value)} autoComplete="off" />
      {error && <Text className="text-ui-fg-error">{m.error(error)}</Text>}
      <div className="flex gap-x-2">
        <Button variant="danger" size="small" disabled={!matches || busy} isLoading={busy} onClick={erase}>
          {m.erase.confirm}
        </Button>
        <Button variant="secondary" size="small" onClick={onCancel}>
          {m.erase.cancel}
        </Button>
      </div>
    </div>
  )
}
