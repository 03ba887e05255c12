import { Button, Container, Heading, Input, Label, Table, Text } from "@medusajs/ui"
import { type FormEvent, useState } from "react"
import { type CustomerMatch, exportUrl, searchCustomers } from "./api"
import { EraseForm } from "./erase-form"
import { personalDataMessages as m } from "./messages"

/** Finds a customer by e-mail, then exports or erases what the shop holds about them. */
export function CustomerRequests() {
  const [email, setEmail] = useState("")
  const [customers, setCustomers] = useState<CustomerMatch[] | null>(null)
  const [erasing, setErasing] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  async function search(event?: FormEvent) {
    event?.preventDefault()
    setError(null)
    try {
      setCustomers((await searchCustomers(email.trim())).customers)
    } catch (reason) {
      setError((reason as Error).message)
    }
  }

  return (
    <Container className="flex flex-col gap-y-3 px-6 py-4">
      <Heading level="h2">{m.search.heading}</Heading>
      <form className="flex items-end gap-x-2" onSubmit={search}>
        <div className="flex flex-1 flex-col gap-y-1">
          <Label htmlFor="personal-data-email">{m.search.label}</Label>
          <Input id="personal-data-email" type="search" value={email} onChange={(event) => setEmail(event.target.value)} />
        </div>
        <Button type="submit" variant="secondary" disabled={email.trim().length < 3}>
          {m.search.button}
        </Button>
      </form>
      {notice && <Text className="text-ui-fg-interactive">{notice}</Text>}
      {error && <Text className="text-ui-fg-error">{m.error(error)}</Text>}
      {customers?.length === 0 && <Text>{m.search.none}</Text>}
      {customers && customers.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{m.search.columns.email}</Table.HeaderCell>
              <Table.HeaderCell>{m.search.columns.name}</Table.HeaderCell>
              <Table.HeaderCell>{m.search.columns.account}</Table.HeaderCell>
              <Table.HeaderCell>{m.search.columns.orders}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {customers.map((customer) => (
              <Table.Row key={customer.id}>
                <Table.Cell>{customer.email}</Table.Cell>
                <Table.Cell>{[customer.first_name, customer.last_name].filter(Boolean).join(" ")}</Table.Cell>
                <Table.Cell>{customer.has_account ? m.search.withAccount : m.search.withoutAccount}</Table.Cell>
                <Table.Cell>{customer.order_count.toLocaleString("fr-FR")}</Table.Cell>
                <Table.Cell>
                  <div className="flex gap-x-2 py-1">
                    <a href={exportUrl(customer.id)} download>
                      <Button size="small" variant="secondary">{m.export.button}</Button>
                    </a>
                    <Button size="small" variant="danger" onClick={() => setErasing(customer.id)}>
                      {m.erase.button}
                    </Button>
                  </div>
                  {erasing === customer.id && (
                    <EraseForm
                      customer={customer}
                      onCancel={() => setErasing(null)}
                      onDone={(message) => {
                        setErasing(null)
                        setNotice(message)
                        setCustomers((list) => (list ?? []).filter((c) => c.id !== customer.id))
                      }}
                    />
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}
