import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MagnifierAlert } from "@medusajs/icons"
import { AuditSeo } from "../../components/seo/audit-seo"
import { seoMessages } from "../../components/seo/messages"

const AuditSeoPage = () => <AuditSeo />

export const config = defineRouteConfig({ label: seoMessages.audit.title, icon: MagnifierAlert })

export default AuditSeoPage
