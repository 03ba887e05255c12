import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShieldCheck } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { CollectedData } from "./collected-data"
import { CustomerRequests } from "./customer-requests"
import { personalDataMessages as m } from "./messages"

const PersonalDataPage = () => (
  <div className="flex flex-col gap-y-3">
    <Container className="px-6 py-4">
      <Heading level="h1">{m.title}</Heading>
      <Text className="text-ui-fg-subtle">{m.subtitle}</Text>
    </Container>
    <CollectedData />
    <CustomerRequests />
  </div>
)

export const config = defineRouteConfig({ label: m.title, icon: ShieldCheck })

export default PersonalDataPage
