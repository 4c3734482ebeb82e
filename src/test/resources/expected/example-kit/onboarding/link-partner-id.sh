#!/usr/bin/env bash
# Links the PEC Automation Account to the partner's Associated Partner ID, so that its access
# to customers earns Partner Earned Credit. Run once, in the managing (partner) tenant, signed in
# as that service principal:
#   az login --service-principal --username <application-id> --password <secret> --tenant 6f1e0c3a-5b7d-4c2e-9a10-3d4e5f607181
set -euo pipefail

readonly PARTNER_ID='1234567'
readonly MANAGING_TENANT_ID='6f1e0c3a-5b7d-4c2e-9a10-3d4e5f607181'
readonly PEC_PRINCIPAL_ID='3c0e5d1e-8f2a-4b6c-9d7e-0a1b2c3d4e5f'

fail() {
  echo "link-partner-id.sh: $*" >&2
  exit 1
}

[ -n "$PARTNER_ID" ] || fail "no partnerId: set partnerId (your Associated Partner ID) in the customer list and package again"
command -v az >/dev/null 2>&1 || fail "the Azure CLI (az) is not installed"
signed_in=$(az account show --query tenantId --output tsv 2>/dev/null) || fail "not signed in: see the az login line at the top"
[ "$signed_in" = "$MANAGING_TENANT_ID" ] \
  || fail "signed in to tenant $signed_in; link from the managing tenant $MANAGING_TENANT_ID"
kind=$(az account show --query user.type --output tsv)
[ "$kind" = "servicePrincipal" ] \
  || fail "signed in as a $kind; sign in as the PEC Automation Account (object ID $PEC_PRINCIPAL_ID) with az login --service-principal"

if az managementpartner show >/dev/null 2>&1; then
  az managementpartner update --partner-id "$PARTNER_ID" --output none
else
  az managementpartner create --partner-id "$PARTNER_ID" --output none
fi
echo "Linked to partner ID $PARTNER_ID. Partner Earned Credit shows in Cost Management (PartnerEarnedCreditApplied) after about 48 hours."
