#!/usr/bin/env bash
# Removes the Azure Lighthouse delegations that deploy.sh created for Northwind Traders,
# by their stable names: first each assignment, then its registration definition.
# Run as an Owner of each subscription, signed in to the customer's tenant (az login --tenant a0b1c2d3-e4f5-4a6b-9c7d-8e9f0a1b2c3d),
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

remove 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e' 'standard' '55075e13-eec2-3843-ae9e-61441ebc5d98'

echo "Done: the delegations are removed."
