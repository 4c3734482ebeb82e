#!/usr/bin/env bash
# Delegates Northwind Traders's subscriptions through Azure Lighthouse.
# Run as an Owner of each subscription, signed in to the customer's tenant with a member
# (not guest) account of that tenant:
#   az login --tenant a0b1c2d3-e4f5-4a6b-9c7d-8e9f0a1b2c3d
# Deploys every offer with 'az deployment sub create' and stops at the first failure.
# Deployments are idempotent: after fixing a failure, run the script again.
set -euo pipefail
cd "$(dirname "$0")"

readonly TENANT_ID='a0b1c2d3-e4f5-4a6b-9c7d-8e9f0a1b2c3d'
readonly LOCATION='westeurope'
readonly SUBSCRIPTIONS=('b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e')

fail() {
  echo "deploy.sh: $*" >&2
  exit 1
}

# Registers Microsoft.ManagedServices on a subscription and waits until it is registered.
register_provider() {
  local subscription=$1 state
  state=$(az provider show --namespace Microsoft.ManagedServices --subscription "$subscription" \
    --query registrationState --output tsv) \
    || fail "cannot read subscription $subscription: are you an Owner there, in tenant $TENANT_ID?"
  if [ "$state" != "Registered" ]; then
    echo "Registering the Microsoft.ManagedServices resource provider on subscription $subscription ..."
    az provider register --namespace Microsoft.ManagedServices --subscription "$subscription" --wait \
      || fail "could not register Microsoft.ManagedServices on subscription $subscription"
  fi
}

# Whether the signed-in account may create role assignments at a scope, as onboarding does: Owner, or User Access
# Administrator (or Role Based Access Control Administrator) with Contributor; directly, inherited or through a group.
can_delegate() {
  local scope=$1 roles
  roles=$(az role assignment list --assignee "$object_id" --scope "$scope" --include-inherited --include-groups \
    --query "[].roleDefinitionName" --output tsv) || return 1
  grep -qx 'Owner' <<<"$roles" && return 0
  grep -qxE 'User Access Administrator|Role Based Access Control Administrator' <<<"$roles" \
    && grep -qx 'Contributor' <<<"$roles"
}

# Preflight: nothing is deployed unless every check passes.
command -v az >/dev/null 2>&1 || fail "the Azure CLI (az) is not installed: https://learn.microsoft.com/cli/azure/install-azure-cli"
signed_in=$(az account show --query tenantId --output tsv 2>/dev/null) \
  || fail "not signed in to Azure: run az login --tenant $TENANT_ID"
[ "$signed_in" = "$TENANT_ID" ] \
  || fail "signed in to tenant $signed_in, but this kit is for tenant $TENANT_ID: run az login --tenant $TENANT_ID"
if [ "$(az account show --query user.type --output tsv)" = "servicePrincipal" ]; then
  object_id=$(az ad sp show --id "$(az account show --query user.name --output tsv)" --query id --output tsv) \
    || fail "cannot read the signed-in service principal's object ID (az ad sp show)"
else
  object_id=$(az ad signed-in-user show --query id --output tsv) \
    || fail "cannot read the signed-in account (az ad signed-in-user show)"
  [ "$(az ad signed-in-user show --query userType --output tsv)" != "Guest" ] \
    || fail "the signed-in account is a guest in tenant $TENANT_ID; Azure Lighthouse onboarding needs a member account of the customer's tenant: sign in with one"
fi
for subscription in "${SUBSCRIPTIONS[@]}"; do
  can_delegate "/subscriptions/$subscription" \
    || fail "the signed-in account ($object_id) may not create role assignments on subscription $subscription: onboarding needs Owner there (or User Access Administrator with Contributor), directly, inherited or through a group; activate it first if it is eligible in Privileged Identity Management, or ask an Owner to run deploy.sh. Nothing was deployed."
  register_provider "$subscription"
done

deploy() {
  local subscription=$1 offer=$2 name=$3 template=$4 parameters=$5
  echo "Deploying offer '$offer' to subscription $subscription ..."
  az deployment sub create --subscription "$subscription" --location "$LOCATION" --name "$name" \
    --template-file "$template" --parameters "@$parameters" --output none \
    || fail "deploying offer '$offer' to subscription $subscription failed (see the error above); later offers were not deployed. Fix it and run deploy.sh again."
}

deploy 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e' 'standard' 'lighthouse-standard-55075e13' 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e/standard.json' 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e/standard.parameters.json'

echo "Done: 1 delegation deployed. Check them with: az managedservices assignment list --include-definition true --output table"
