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
# `npx --no` : n'utilise que le `medusa` installé dans l'image (jamais de téléchargement).
set -eu

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

if [ "$mode" != "worker" ]; then
  echo "[comptoir] Migrations de la base de données (medusa db:migrate)…"
  # --execute-safe-links : pas de question interactive, aucune table de lien supprimée.
  npx --no medusa db:migrate --execute-safe-links

  bootstrap="./src/scripts/bootstrap.js"
  if [ ! -f "$bootstrap" ]; then
    echo "[comptoir] Script d'initialisation introuvable : $(pwd)/$bootstrap" >&2
    exit 1
  fi
  echo "[comptoir] Initialisation (compte administrateur, boutique minimale si la base est vide)…"
  npx --no medusa exec "$bootstrap"
fi

echo "[comptoir] Démarrage de Medusa (mode : $mode, port : ${PORT:-9000})…"
exec npx --no medusa start
