#!/bin/sh
# Comptoir — démarrage du conteneur backend (image backend/Dockerfile).
# Comptoir — backend container start-up.
#
# Répertoire courant : /app/backend/.medusa/server (le serveur compilé par `medusa build`).
#
#  - MEDUSA_WORKER_MODE=server ou shared : migrations de la base, puis initialisation
#    idempotente (compte administrateur ADMIN_EMAIL / ADMIN_PASSWORD et boutique minimale
#    si la base est vide), puis démarrage de Medusa.
#  - MEDUSA_WORKER_MODE=worker : démarrage direct (le service "backend" a déjà migré).
#  - Avec des arguments, les exécute à la place (ex. : `docker compose run --rm backend sh`).
#
#  - server or shared mode: migrate, idempotent bootstrap, then start Medusa.
#  - worker mode: start directly (the "backend" service has already migrated).
#  - With arguments: run them instead.
#
# Le programme `medusa` est celui installé dans l'image, trouvé en remontant les dossiers
# node_modules/.bin comme Node trouve les dépendances du serveur. Il est lancé directement,
# sans `npx` : `exec medusa start` remplace ce script, et Medusa reçoit lui-même le SIGTERM
# de `docker stop` (arrêt propre). Avec `npx`, npm se termine et laisse Medusa orphelin.
# `medusa` is the one installed in the image, found by walking up node_modules/.bin; it runs
# without npx so that SIGTERM reaches Medusa itself (npx would exit and orphan it).
set -eu

bins=""
dir=$(pwd)
while :; do
  if [ -d "$dir/node_modules/.bin" ]; then
    bins="$bins$dir/node_modules/.bin:"
  fi
  [ "$dir" = "/" ] && break
  dir=$(dirname "$dir")
done
PATH="$bins$PATH"
export PATH

if [ "$#" -gt 0 ]; then
  exec "$@"
fi

mode="${MEDUSA_WORKER_MODE:-shared}"

case "$mode" in
  shared | server | worker) ;;
  *)
    echo "[comptoir] MEDUSA_WORKER_MODE invalide : '$mode' (attendu : shared, server ou worker)" >&2
    exit 64
    ;;
esac

if ! command -v medusa >/dev/null 2>&1; then
  echo "[comptoir] Programme medusa introuvable depuis $(pwd) (node_modules/.bin)" >&2
  exit 127
fi

if [ "$mode" != "worker" ]; then
  echo "[comptoir] Migrations de la base de données (medusa db:migrate)…"
  # --execute-safe-links : pas de question interactive, aucune table de lien supprimée.
  medusa db:migrate --execute-safe-links

  bootstrap="./src/scripts/bootstrap.js"
  if [ ! -f "$bootstrap" ]; then
    echo "[comptoir] Script d'initialisation introuvable : $(pwd)/$bootstrap" >&2
    exit 1
  fi
  echo "[comptoir] Initialisation (compte administrateur, boutique minimale si la base est vide)…"
  medusa exec "$bootstrap"
fi

echo "[comptoir] Démarrage de Medusa (mode : $mode, port : ${PORT:-9000})…"
exec medusa start
