/**
 * The French texts of the "Données personnelles" page (the admin has no message catalogue for
 * extensions). Durations come from the API, which reads the running configuration.
 */
export const personalDataMessages = {
  title: "Données personnelles",
  subtitle:
    "Ce que la boutique enregistre sur ses clients et ses visiteurs, combien de temps, et comment répondre à une demande d’accès ou d’effacement (RGPD).",
  collected: {
    heading: "Ce qui est collecté",
    analyticsTitle: "Mesure d’audience (Statistiques)",
    analytics: [
      "Un identifiant de visiteur pseudonyme (tiré au hasard par le navigateur), l’identifiant de la visite, les pages vues et les actions de la boutique (produit vu, ajout au panier, commande…).",
      "Le navigateur, le système, le type d’appareil, la langue et la source de la visite (moteur de recherche, campagne UTM…).",
      "Aucune adresse IP, aucun nom, aucune adresse e-mail : les adresses IP sont retirées avant l’enregistrement.",
      "Rien n’est mesuré avant le consentement du visiteur (bandeau cookies), sauf si la boutique est configurée en mode sans cookie.",
    ],
    ordersTitle: "Commandes et comptes clients",
    orders: [
      "L’identité, l’adresse e-mail, le téléphone et les adresses de livraison et de facturation : nécessaires pour vendre et livrer.",
      "Les commandes : articles, montants, promotions utilisées, dates.",
      "Le journal d’activité de l’administration (qui a modifié quoi, et quand) : une modification d’un client ou d’une commande peut y nommer le client par son adresse e-mail.",
    ],
  },
  retention: {
    heading: "Durées de conservation",
    events: (months: number) => `Événements de mesure d’audience : ${months} mois, puis suppression automatique chaque nuit.`,
    visitorId: (months: number) => `Identifiant de visiteur (cookie) : ${months} mois au plus, puis un nouvel identifiant.`,
    consent: (months: number) => `Choix du bandeau cookies : ${months} mois, puis la question est posée à nouveau.`,
    orders: "Commandes : conservées pour la comptabilité ; effacer un client retire ses données personnelles mais garde les montants.",
  },
  search: {
    heading: "Demande d’un client",
    label: "Adresse e-mail du client (au moins 3 caractères)",
    button: "Rechercher",
    none: "Aucun client ne correspond.",
    columns: { email: "E-mail", name: "Nom", account: "Compte", orders: "Commandes" },
    withAccount: "Oui",
    withoutAccount: "Invité",
  },
  export: { button: "Exporter (JSON)" },
  erase: {
    button: "Effacer…",
    warning:
      "L’effacement est définitif : le compte et le carnet d’adresses sont supprimés, les commandes sont conservées sans nom, e-mail ni adresse (seul le pays reste, pour la TVA), le journal d’activité garde ses entrées mais le nom et l’e-mail du client y sont remplacés par « client effacé », et les événements de mesure d’audience du client sont supprimés.",
    confirmLabel: (email: string) => `Pour confirmer, saisissez l’adresse e-mail du client : ${email}`,
    confirm: "Effacer définitivement",
    cancel: "Annuler",
    done: (orders: number, journalEntries: number, events: number) =>
      `Données effacées : ${orders} commande(s) anonymisée(s), ${journalEntries} entrée(s) du journal d’activité anonymisée(s), ${events} événement(s) de mesure d’audience supprimé(s).`,
  },
  error: (reason: string) => `La demande a échoué : ${reason}`,
}
