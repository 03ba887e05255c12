import { assetOfUrl, readDemoAsset } from "@comptoir/seed"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"

/**
 * The URL of each demo image in Medusa's File module (served under /static by the local
 * provider). An image already uploaded for a product, even a deleted one, is reused while its
 * file exists, so seeding twice does not upload twice; the others go up in one workflow run.
 */
export async function ensureImages(container: MedusaContainer, assets: string[]): Promise<Map<string, string>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const files = container.resolve(Modules.FILE)
  const wanted = [...new Set(assets)]
  const urls = new Map<string, string>()

  // Deleted products count too: a product the reset deletes and creates again reuses its file.
  const { data: images } = await query.graph({ entity: "product_image", fields: ["url"], withDeleted: true })
  const candidates = new Set(images.map((image: { url: string }) => image.url))
  for (const url of candidates) {
    const asset = assetOfUrl(url, wanted)
    if (!asset || urls.has(asset)) continue
    if (await fileExists(files, url)) urls.set(asset, url)
  }

  const missing = wanted.filter((asset) => !urls.has(asset))
  if (missing.length > 0) {
    const { result } = await uploadFilesWorkflow(container).run({
      input: {
        files: missing.map((asset) => ({
          filename: asset,
          mimeType: "image/webp",
          content: readDemoAsset(asset).toString("base64"),
          access: "public" as const,
        })),
      },
    })
    result.forEach((file, index) => urls.set(missing[index]!, file.url))
  }
  return urls
}

/**
 * The local provider's key is the URL's last segment and it answers NOT_FOUND for a missing
 * file; providers that cannot tell (a presigned URL is made without looking) count as present.
 */
async function fileExists(files: { retrieveFile: (id: string) => Promise<unknown> }, url: string) {
  const key = decodeURIComponent(new URL(url).pathname.split("/").pop() ?? "")
  try {
    await files.retrieveFile(key)
    return true
  } catch (error) {
    if (MedusaError.isMedusaError(error) && (error as MedusaError).type === MedusaError.Types.NOT_FOUND) return false
    throw error
  }
}
