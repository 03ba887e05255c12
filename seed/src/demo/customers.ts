/**
 * Demo customer accounts (they can log in to the storefront with DEMO_CUSTOMER_PASSWORD) and
 * the staff accounts of the admin. Addresses are made up; e-mails use the reserved example.com.
 */
export const DEMO_CUSTOMER_PASSWORD = "comptoir-client"

export const customerGroups = [{ name: "Clients fidèles" }, { name: "Professionnels" }]

const fidele = "Clients fidèles"
const pro = "Professionnels"

export const customers = [
  { email: "camille.durand@example.com", firstName: "Camille", lastName: "Durand", phone: "+33 6 12 34 56 01", groups: [fidele], address: { address1: "14 rue de la République", postalCode: "69002", city: "Lyon", countryCode: "fr" } },
  { email: "lucas.martin@example.com", firstName: "Lucas", lastName: "Martin", groups: [], address: { address1: "8 boulevard Voltaire", postalCode: "75011", city: "Paris", countryCode: "fr" } },
  { email: "chloe.bernard@example.com", firstName: "Chloé", lastName: "Bernard", phone: "+33 6 12 34 56 03", groups: [fidele], address: { address1: "3 place du Capitole", postalCode: "31000", city: "Toulouse", countryCode: "fr" } },
  { email: "hugo.petit@example.com", firstName: "Hugo", lastName: "Petit", groups: [], address: { address1: "27 rue Sainte-Catherine", postalCode: "33000", city: "Bordeaux", countryCode: "fr" } },
  { email: "lea.robert@example.com", firstName: "Léa", lastName: "Robert", phone: "+33 6 12 34 56 05", groups: [fidele], address: { address1: "5 quai de la Fosse", postalCode: "44000", city: "Nantes", countryCode: "fr" } },
  { email: "nathan.richard@example.com", firstName: "Nathan", lastName: "Richard", groups: [], address: { address1: "112 rue Nationale", postalCode: "59000", city: "Lille", countryCode: "fr" } },
  { email: "manon.dubois@example.com", firstName: "Manon", lastName: "Dubois", groups: [], address: { address1: "9 cours Julien", postalCode: "13006", city: "Marseille", countryCode: "fr" } },
  { email: "theo.moreau@example.com", firstName: "Théo", lastName: "Moreau", phone: "+33 6 12 34 56 08", groups: [fidele], address: { address1: "21 rue des Juifs", postalCode: "67000", city: "Strasbourg", countryCode: "fr" } },
  { email: "ines.laurent@example.com", firstName: "Inès", lastName: "Laurent", groups: [], address: { address1: "4 rue Foch", postalCode: "34000", city: "Montpellier", countryCode: "fr" } },
  { email: "jules.simon@example.com", firstName: "Jules", lastName: "Simon", groups: [], address: { address1: "16 avenue Jean-Médecin", postalCode: "06000", city: "Nice", countryCode: "fr" } },
  { email: "sarah.michel@example.com", firstName: "Sarah", lastName: "Michel", groups: [pro], address: { address1: "2 rue Mercière", postalCode: "69002", city: "Lyon", countryCode: "fr" } },
  { email: "boutique.leonard@example.com", firstName: "Gabriel", lastName: "Leonard", phone: "+33 4 78 00 00 12", groups: [pro], address: { address1: "30 rue Saint-Jean", postalCode: "69005", city: "Lyon", countryCode: "fr" } },
  { email: "emma.lefebvre@example.com", firstName: "Emma", lastName: "Lefebvre", groups: [], address: { address1: "12 rue des Bouchers", postalCode: "1000", city: "Bruxelles", countryCode: "be" } },
  { email: "louis.garcia@example.com", firstName: "Louis", lastName: "Garcia", groups: [], address: { address1: "7 Grand-Rue", postalCode: "1661", city: "Luxembourg", countryCode: "lu" } },
  { email: "alice.roux@example.com", firstName: "Alice", lastName: "Roux", groups: [fidele], address: { address1: "45 Kastanienallee", postalCode: "10435", city: "Berlin", countryCode: "de" } },
]

/**
 * Admin accounts besides the one from ADMIN_EMAIL: a teacher who audits the shop. They log in
 * with the same password as the main admin account (ADMIN_PASSWORD, "comptoir" in development).
 */
export const staff = [{ email: "enseignant@comptoir.local", firstName: "Claire", lastName: "Moreau" }]
