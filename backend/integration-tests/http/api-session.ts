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
