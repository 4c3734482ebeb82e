#!/usr/bin/env bash
# A stand-in for the Azure CLI (az) in tests: it records every call in $AZ_LOG and answers what the kit's scripts
# ask. Settings (environment): AZ_TENANT, the signed-in tenant; AZ_ACCOUNT_TYPE, user (default) or
# servicePrincipal; AZ_USER_TYPE, Member (default) or Guest; AZ_ROLES, the roles the account holds on every scope,
# one per line (default Owner), and AZ_MG_ROLES on management groups (default AZ_ROLES); AZ_MISSING_GROUP, a resource group that does not exist; AZ_UNDER_MG, the
# subscriptions under any management group, one per line; AZ_FAIL_AT, fail the Nth deployment (sub or mg).
echo "$*" >> "$AZ_LOG"
case "$*" in
  "account show --query tenantId --output tsv") echo "${AZ_TENANT:-}" ;;
  "account show --query user.type --output tsv") echo "${AZ_ACCOUNT_TYPE:-user}" ;;
  "account show --query user.name --output tsv") echo "11111111-2222-4333-8444-555555555555" ;;
  "ad sp show "*) echo "66666666-7777-4888-9999-000000000000" ;;
  "ad signed-in-user show --query id --output tsv") echo "99999999-8888-4777-8666-555555555555" ;;
  "ad signed-in-user show --query userType --output tsv") echo "${AZ_USER_TYPE:-Member}" ;;
  "role assignment list "*"/managementGroups/"*) echo "${AZ_MG_ROLES:-${AZ_ROLES:-Owner}}" ;;
  "role assignment list "*) echo "${AZ_ROLES:-Owner}" ;;
  "provider show "*) echo "Registered" ;;
  "group exists --name ${AZ_MISSING_GROUP:-none} "*) echo "false" ;;
  "group exists "*) echo "true" ;;
  "account management-group subscription show-sub-under-mg "*) echo "${AZ_UNDER_MG:-}" ;;
  "managedservices assignment list "*) echo "a-1" ;;
  "deployment sub create "* | "deployment mg create "*)
    count=$(grep -c -E '^deployment (sub|mg) create' "$AZ_LOG")
    if [ "$count" = "${AZ_FAIL_AT:-0}" ]; then
      echo "ERROR: InvalidTemplate (stand-in)" >&2
      exit 1
    fi ;;
esac
exit 0
