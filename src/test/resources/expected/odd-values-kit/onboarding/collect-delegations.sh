#!/usr/bin/env bash
# Saves the Azure Lighthouse delegations that customers granted to the managing tenant, one file per
# delegated subscription, for lighthouse:audit. Run signed in to the managing (partner) tenant with an
# account that sees the delegated subscriptions (Reader on them is enough):
#   az login --tenant 6f1e0c3a-5b7d-4c2e-9a10-3d4e5f607181
#   ./collect-delegations.sh [folder]          # default folder: delegations
#   mvn lighthouse:audit -Dlighthouse.delegations=delegations
# Each file is the REST list of registration assignments (api 2022-10-01) with their definitions,
# filtered on the managing tenant; further pages (nextLink) go to <subscription>.page-<n>.json.
set -euo pipefail

readonly MANAGING_TENANT_ID='6f1e0c3a-5b7d-4c2e-9a10-3d4e5f607181'
readonly API_VERSION='2022-10-01'
out=${1:-delegations}

fail() {
  echo "collect-delegations.sh: $*" >&2
  exit 1
}

command -v az >/dev/null 2>&1 || fail "the Azure CLI (az) is not installed: https://learn.microsoft.com/cli/azure/install-azure-cli"
az account show --output none 2>/dev/null || fail "not signed in to Azure: run az login --tenant $MANAGING_TENANT_ID"
mkdir -p "$out"

# Delegated subscriptions: seen from the partner tenant, their home tenant is the customer's.
subscriptions=$(az account list --all --query "[?homeTenantId != tenantId && tenantId == '$MANAGING_TENANT_ID'].id" \
  --output tsv) || fail "cannot list the subscriptions (az account list --all)"
[ -n "$subscriptions" ] || fail "no delegated subscription is visible to this account in tenant $MANAGING_TENANT_ID"

# The query: $expandRegistrationDefinition and $filter are OData options, so the dollar signs are literal
# (single quotes); the filter's spaces and quotes are percent-encoded.
# shellcheck disable=SC2016
readonly OPTIONS='&$expandRegistrationDefinition=true&$filter=managedByTenantId%20eq%20%27'"$MANAGING_TENANT_ID"'%27'

failed=0
count=0
for subscription in $subscriptions; do
  url="https://management.azure.com/subscriptions/$subscription/providers/Microsoft.ManagedServices/registrationAssignments?api-version=$API_VERSION$OPTIONS"
  file="$out/$subscription.json"
  page=1
  while [ -n "$url" ]; do
    if ! az rest --method get --url "$url" --output json > "$file"; then
      echo "collect-delegations.sh: could not read the delegations of subscription $subscription (see the error above)" >&2
      rm -f "$file"
      failed=$((failed + 1))
      break
    fi
    # the next page, if any: az prints one key per line, so the nextLink line is found without jq
    url=$(sed -n 's/^ *"nextLink": *"\(.*\)",\{0,1\} *$/\1/p' "$file")
    page=$((page + 1))
    file="$out/$subscription.page-$page.json"
  done
  count=$((count + 1))
done

echo "Saved the delegations of $((count - failed)) of $count subscriptions in $out/."
echo "Next: mvn lighthouse:audit -Dlighthouse.delegations=$out (add -Dlighthouse.billing=<billing exports> for PEC applied)"
[ "$failed" -eq 0 ] || fail "$failed subscription(s) could not be read; the others are saved"
