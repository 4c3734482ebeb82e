#!/usr/bin/env bash
# Removes the Azure Lighthouse delegations that deploy.sh created for Fabrikam Ltd,
# by their stable names: first each assignment, then its registration definition.
# Run as an Owner of each subscription, signed in to the customer's tenant (az login --tenant 7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a),
# or by the partner, as a holder of Managed Services Registration assignment Delete Role.
set -euo pipefail

fail() {
  echo "offboard.sh: $*" >&2
  exit 1
}

command -v az >/dev/null 2>&1 || fail "the Azure CLI (az) is not installed"

# Assignments of a definition at a scope (subscription, or one resource group).
assignments() {
  local subscription=$1 definition=$2
  shift 2
  az managedservices assignment list --subscription "$subscription" "$@" \
    --query "[?ends_with(properties.registrationDefinitionId, '$definition')].name" --output tsv
}

remove() {
  local subscription=$1 offer=$2 definition=$3
  shift 3
  local groups=("$@") name
  echo "Removing offer '$offer' from subscription $subscription ..."
  if [ ${#groups[@]} -eq 0 ]; then
    for name in $(assignments "$subscription" "$definition"); do
      az managedservices assignment delete --subscription "$subscription" --assignment "$name" \
        || fail "could not remove assignment $name of offer '$offer' from subscription $subscription"
    done
  else
    for group in "${groups[@]}"; do
      for name in $(assignments "$subscription" "$definition" --resource-group "$group"); do
        az managedservices assignment delete --subscription "$subscription" --resource-group "$group" \
          --assignment "$name" \
          || fail "could not remove assignment $name of offer '$offer' from resource group $group"
      done
    done
  fi
  az managedservices definition delete --subscription "$subscription" --definition "$definition" \
    || fail "could not remove the registration definition $definition of offer '$offer' from subscription $subscription"
}

remove '8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b' 'standard' 'cdd73c10-b958-3963-afaf-e3faf0f76b06'
remove '8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b' 'security' 'f1370232-9f17-3e25-a7d1-1e7c7a850121'
remove '9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c' 'standard' 'f6111ea6-1445-37b1-97f6-13bae77878a9' 'rg-web' 'rg-data'
remove '9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c' 'security' 'ea6d8d1a-d689-332e-99e1-d40791903b44' 'rg-web' 'rg-data'

echo "Done: the delegations are removed."
