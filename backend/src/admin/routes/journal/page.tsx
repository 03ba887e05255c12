import { defineRouteConfig } from "@medusajs/admin-sdk"
import { History } from "@medusajs/icons"
import { JournalPage } from "../../components/activity/journal-page"
import { messages } from "../../components/activity/messages"

const ActivityJournalPage = () => <JournalPage />

export const config = defineRouteConfig({
  label: messages.title,
  icon: History,
})

export default ActivityJournalPage
