import { DEVELOPMENT_SECRETS } from "../../src/config/schema"

// How the specs reach the API as the shop's visitors and as its administrator.

type Response = { status: number; data: any }
export type Api = {
  get: (url: string, config?: object) => Promise<Response>
  post: (url: string, body?: unknown, config?: object) => Promise<Response>
}
export type Headers = { headers: Record<string, string> }

/** The storefront's publishable key (what a visitor's browser sends) and the default region. */
export async function storeHeaders(api: Api): Promise<{ store: Headers; regionId: string }> {
  const { data } = await api.get("/comptoir/storefront-config")
  return { store: { headers: { "x-publishable-api-key": data.publishable_key as string } }, regionId: data.default_region_id as string }
}

/** A bearer token of the development admin account that the bootstrap creates. */
export async function adminHeaders(api: Api): Promise<Headers> {
  const { data } = await api.post("/auth/user/emailpass", {
    email: DEVELOPMENT_SECRETS.adminEmail,
    password: DEVELOPMENT_SECRETS.adminPassword,
  })
  return { headers: { authorization: `Bearer ${data.token as string}` } }
}

/** The address every test checkout uses (a French one: the starter shop sells to France). */
export const CHECKOUT_ADDRESS = {
  first_name: "Camille",
  last_name: "Martin",
  address_1: "12 rue des Lilas",
  city: "Lyon",
  postal_code: "69003",
  country_code: "fr",
}

/** An active promotion code taking `percent` % off the whole order. */
export async function createOrderPercentageCode(api: Api, admin: Headers, code: string, percent: number): Promise<void> {
  await api.post(
    "/admin/promotions",
    {
      code,
      type: "standard",
      status: "active",
      application_method: { type: "percentage", target_type: "order", allocation: "across", value: percent, currency_code: "eur" },
    },
    admin
  )
}
