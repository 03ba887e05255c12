/**
 * Medusa's admin reads its language from the `lng` cookie or localStorage only (never from the
 * browser), so it opens in English. Students are French: a script in the admin's index.html
 * chooses French before the app starts, unless someone already picked a language in their profile.
 */
export const ADMIN_DEFAULT_LANGUAGE_SCRIPT =
  "<script>try{if(!/(?:^|; )lng=/.test(document.cookie)&&!localStorage.getItem('lng'))" +
  "{document.cookie='lng=fr; path=/; max-age=31536000; SameSite=Lax'}}catch(e){}</script>"

/** A Vite plugin for `admin.vite`: Medusa builds its dashboard with Vite. */
export function frenchAdminByDefault() {
  return {
    name: "comptoir-admin-french-by-default",
    transformIndexHtml(html: string): string {
      return html.replace(/<head>/i, (head) => `${head}${ADMIN_DEFAULT_LANGUAGE_SCRIPT}`)
    },
  }
}
