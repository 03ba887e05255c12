import { simulator } from "@comptoir/seed"
import type { OrderInput } from "./place-order"

// Simulated buyers are guests with French names and addresses, derived from the visitor id so
// a returning visitor orders under the same e-mail (Medusa then finds the same guest customer).

const FIRST_NAMES = ["Camille", "Léa", "Hugo", "Manon", "Lucas", "Chloé", "Nathan", "Inès", "Louis", "Jade", "Théo", "Sarah", "Enzo", "Emma", "Yanis", "Lina"]
const LAST_NAMES = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "Roux"]
const CITIES = [
  { city: "Lyon", postal_code: "69003" },
  { city: "Nantes", postal_code: "44000" },
  { city: "Lille", postal_code: "59000" },
  { city: "Bordeaux", postal_code: "33000" },
  { city: "Rennes", postal_code: "35000" },
  { city: "Toulouse", postal_code: "31000" },
  { city: "Strasbourg", postal_code: "67000" },
  { city: "Montpellier", postal_code: "34000" },
]
const STREETS = ["rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Gambetta", "rue des Écoles", "place du Marché"]

const ascii = (text: string) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()

export function buyerOf(visitorId: string, countryCode: string): Pick<OrderInput, "email" | "address"> {
  const random = simulator.Random.derive("buyer", visitorId)
  const firstName = random.pick(FIRST_NAMES)
  const lastName = random.pick(LAST_NAMES)
  const place = random.pick(CITIES)
  return {
    email: `${ascii(firstName)}.${ascii(lastName)}.${visitorId.slice(-6)}@exemple.fr`,
    address: {
      first_name: firstName,
      last_name: lastName,
      address_1: `${random.int(1, 120)} ${random.pick(STREETS)}`,
      postal_code: place.postal_code,
      city: place.city,
      country_code: countryCode,
    },
  }
}
