/** Every word of the "Journal d'activité" page. */
export const messages = {
  title: "Journal d'activité",
  intro:
    "Chaque modification faite dans l'administration (produits, prix, stock, promotions, commandes…) avec son auteur et sa date. Le journal se consulte seulement : personne ne peut le modifier.",
  filters: {
    person: "Personne",
    entity: "Élément",
    all: "Tous",
    allPeople: "Tout le monde",
    from: "Du",
    to: "au",
    reset: "Effacer les filtres",
  },
  summary: {
    title: "Contributions par personne",
    person: "Personne",
    total: "Modifications",
    detail: "Détail",
    last: "Dernière modification",
    empty: "Aucune modification sur cette période.",
  },
  table: {
    title: "Modifications",
    date: "Date",
    person: "Personne",
    action: "Action",
    entity: "Élément",
    summary: "Résumé",
    empty: "Aucune modification ne correspond à ces filtres.",
    exportCsv: "Exporter en CSV",
  },
  pagination: { of: "sur", results: "modifications", pages: "pages", prev: "Précédente", next: "Suivante" },
  loading: "Chargement…",
  error: "Le journal n'a pas pu être chargé :",
  retry: "Réessayer",
  unknownPerson: "Compte supprimé",
} as const
