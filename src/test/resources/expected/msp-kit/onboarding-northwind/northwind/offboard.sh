#!/usr/bin/env bash
# Removes the Azure Lighthouse delegations that deploy.sh created for Northwind Traders,
# by their stable names: first each assignment, then its registration definition (management groups:
# first the policy, then what it delegated on each subscription under the group).
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

# A management group: first the policy (its identity's role assignment, its assignment, its definition), so that
# nothing is delegated again, then the delegation it made on each subscription under the group, by its stable name.
remove_management_group() {
  local group=$1 offer=$2 definition=$3 policy=$4 assignment=$5 role=$6 subscription
  local scope="/providers/Microsoft.Management/managementGroups/$group"
  echo "Removing offer '$offer' from management group $group (Azure Policy) ..."
  az role assignment delete --ids "$scope/providers/Microsoft.Authorization/roleAssignments/$role" \
    || fail "could not remove the policy identity's role assignment $role from management group $group"
  az policy assignment delete --name "$assignment" --scope "$scope" \
    || fail "could not remove the policy assignment $assignment from management group $group"
  az policy definition delete --name "$policy" --management-group "$group" \
    || fail "could not remove the policy definition $policy from management group $group"
  for subscription in $(az account management-group subscription show-sub-under-mg --name "$group" --query "[].name" --output tsv); do
    if az managedservices definition show --subscription "$subscription" --definition "$definition" --output none 2>/dev/null; then
      remove "$subscription" "$offer" "$definition"
    fi
  done
}

remove 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e' 'standard' '55075e13-eec2-3843-ae9e-61441ebc5d98'
remove_management_group 'northwind-prod' 'standard' '001a8bed-6e5b-3163-a6c6-87a703894b78' '07c7d2fa-4750-386c-9dbc-d73b31b48ed9' 'lighthouse-4deb2660a5a33' 'bc0ff295-812c-3568-997e-27b892d2c9ab'

echo "Done: the delegations are removed."
