#!/usr/bin/env bash
# Delegates Fabrikam Ltd's subscriptions through Azure Lighthouse.
# Run as an Owner of each subscription, signed in to the customer's tenant with a member
# (not guest) account of that tenant:
#   az login --tenant 7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a
# Deploys every offer with 'az deployment sub create' and stops at the first failure.
# Deployments are idempotent: after fixing a failure, run the script again.
set -euo pipefail
cd "$(dirname "$0")"

readonly TENANT_ID='7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a'
readonly LOCATION='westeurope'
readonly SUBSCRIPTIONS=('8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b' '9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c')
readonly RESOURCE_GROUPS=('9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c/rg-fabrikam-web') # subscription/resource-group

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
for entry in "${RESOURCE_GROUPS[@]}"; do
  subscription=${entry%%/*}
  group=${entry#*/}
  exists=$(az group exists --name "$group" --subscription "$subscription") \
    || fail "cannot check resource group $group in subscription $subscription"
  [ "$exists" = "true" ] \
    || fail "resource group $group does not exist in subscription $subscription: create it, or ask your service provider to change its list. Nothing was deployed."
done

deploy() {
  local subscription=$1 offer=$2 name=$3 template=$4 parameters=$5
  echo "Deploying offer '$offer' to subscription $subscription ..."
  az deployment sub create --subscription "$subscription" --location "$LOCATION" --name "$name" \
    --template-file "$template" --parameters "@$parameters" --output none \
    || fail "deploying offer '$offer' to subscription $subscription failed (see the error above); later offers were not deployed. Fix it and run deploy.sh again."
}

deploy '8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b' 'standard' 'lighthouse-standard-cdd73c10' '8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b/standard.json' '8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b/standard.parameters.json'
deploy '9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c' 'standard' 'lighthouse-standard-f6111ea6' '9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c/standard.json' '9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c/standard.parameters.json'
deploy '9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c' 'backup' 'lighthouse-backup-742c8fe2' '9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c/backup.json' '9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c/backup.parameters.json'

echo "Done: 3 delegations deployed. Check them with: az managedservices assignment list --include-definition true --output table"
