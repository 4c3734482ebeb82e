package io.github.azlighthouse.pack;

import java.util.List;

/**
 * The scripts of an onboarding kit. Bash scripts use {@code set -euo pipefail} and single-quote
 * every value; PowerShell scripts stop on the first error. Every script checks before it changes
 * anything: tools present, signed in to the right tenant, provider registered.
 */
final class Scripts {

    private Scripts() {
    }

    /** A bash single-quoted word: safe for any value. */
    static String sh(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }

    /** A PowerShell single-quoted string. */
    static String ps(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    static String deploySh(String customerName, String tenantId, String location, List<KitDeployment> deployments) {
        StringBuilder s = new StringBuilder();
        s.append("#!/usr/bin/env bash\n");
        s.append("# Delegates ").append(oneLine(customerName)).append("'s subscriptions through Azure Lighthouse.\n");
        s.append("# Run as an Owner of each subscription, signed in to the customer's tenant:\n");
        s.append("#   az login --tenant ").append(tenantId).append("\n");
        s.append("# Deploys every offer with 'az deployment sub create' and stops at the first failure.\n");
        s.append("# Deployments are idempotent: after fixing a failure, run the script again.\n");
        s.append("set -euo pipefail\n");
        s.append("cd \"$(dirname \"$0\")\"\n\n");
        s.append("readonly TENANT_ID=").append(sh(tenantId)).append("\n");
        s.append("readonly LOCATION=").append(sh(location)).append("\n");
        s.append("readonly SUBSCRIPTIONS=(");
        deployments.stream().map(KitDeployment::subscriptionId).distinct().forEach(id -> s.append(sh(id)).append(' '));
        s.setLength(s.length() - (deployments.isEmpty() ? 0 : 1));
        s.append(")\n\n");
        s.append("""
                fail() {
                  echo "deploy.sh: $*" >&2
                  exit 1
                }

                # Preflight: nothing is deployed unless every check passes.
                command -v az >/dev/null 2>&1 || fail "the Azure CLI (az) is not installed: https://learn.microsoft.com/cli/azure/install-azure-cli"
                signed_in=$(az account show --query tenantId --output tsv 2>/dev/null) \\
                  || fail "not signed in to Azure: run az login --tenant $TENANT_ID"
                [ "$signed_in" = "$TENANT_ID" ] \\
                  || fail "signed in to tenant $signed_in, but this kit is for tenant $TENANT_ID: run az login --tenant $TENANT_ID"
                for subscription in "${SUBSCRIPTIONS[@]}"; do
                  state=$(az provider show --namespace Microsoft.ManagedServices --subscription "$subscription" \\
                    --query registrationState --output tsv) \\
                    || fail "cannot read subscription $subscription: are you an Owner there, in tenant $TENANT_ID?"
                  if [ "$state" != "Registered" ]; then
                    echo "Registering the Microsoft.ManagedServices resource provider on subscription $subscription ..."
                    az provider register --namespace Microsoft.ManagedServices --subscription "$subscription" --wait \\
                      || fail "could not register Microsoft.ManagedServices on subscription $subscription"
                  fi
                done

                deploy() {
                  local subscription=$1 offer=$2 name=$3 template=$4 parameters=$5
                  echo "Deploying offer '$offer' to subscription $subscription ..."
                  az deployment sub create --subscription "$subscription" --location "$LOCATION" --name "$name" \\
                    --template-file "$template" --parameters "@$parameters" --output none \\
                    || fail "deploying offer '$offer' to subscription $subscription failed (see the error above); later offers were not deployed. Fix it and run deploy.sh again."
                }

                """);
        for (KitDeployment d : deployments) {
            s.append("deploy ").append(sh(d.subscriptionId())).append(' ').append(sh(d.offerKey())).append(' ')
                    .append(sh(d.deploymentName())).append(' ').append(sh(d.template())).append(' ')
                    .append(sh(d.parameters())).append('\n');
        }
        s.append("\necho \"Done: ").append(deployments.size()).append(" delegation").append(deployments.size() == 1 ? "" : "s")
                .append(" deployed. Check them with: az managedservices assignment list --include-definition true --output table\"\n");
        return s.toString();
    }

    static String deployPs1(String customerName, String tenantId, String location, List<KitDeployment> deployments) {
        StringBuilder s = new StringBuilder();
        s.append("#Requires -Modules Az.Accounts, Az.Resources\n");
        s.append("# Delegates ").append(oneLine(customerName)).append("'s subscriptions through Azure Lighthouse.\n");
        s.append("# Run as an Owner of each subscription, signed in to the customer's tenant:\n");
        s.append("#   Connect-AzAccount -Tenant ").append(tenantId).append("\n");
        s.append("# Deploys every offer with New-AzSubscriptionDeployment and stops at the first failure.\n");
        s.append("$ErrorActionPreference = 'Stop'\n");
        s.append("Set-Location -LiteralPath $PSScriptRoot\n\n");
        s.append("$TenantId = ").append(ps(tenantId)).append("\n");
        s.append("$Location = ").append(ps(location)).append("\n");
        s.append("$Subscriptions = @(");
        s.append(String.join(", ", deployments.stream().map(KitDeployment::subscriptionId).distinct().map(Scripts::ps).toList()));
        s.append(")\n\n");
        s.append("""
                function Fail([string] $Message) {
                    Write-Error "deploy.ps1: $Message" -ErrorAction Continue
                    exit 1
                }

                # Preflight: nothing is deployed unless every check passes.
                $context = Get-AzContext
                if (-not $context) { Fail "not signed in to Azure: run Connect-AzAccount -Tenant $TenantId" }
                if ($context.Tenant.Id -ne $TenantId) {
                    Fail "signed in to tenant $($context.Tenant.Id), but this kit is for tenant ${TenantId}: run Connect-AzAccount -Tenant $TenantId"
                }
                foreach ($subscription in $Subscriptions) {
                    try { Set-AzContext -Subscription $subscription -Tenant $TenantId | Out-Null }
                    catch { Fail "cannot select subscription ${subscription}: are you an Owner there, in tenant ${TenantId}?" }
                    $provider = Get-AzResourceProvider -ProviderNamespace Microsoft.ManagedServices
                    if (($provider | Select-Object -First 1).RegistrationState -ne 'Registered') {
                        Write-Host "Registering the Microsoft.ManagedServices resource provider on subscription $subscription ..."
                        Register-AzResourceProvider -ProviderNamespace Microsoft.ManagedServices | Out-Null
                    }
                }

                function Deploy([string] $Subscription, [string] $Offer, [string] $Name, [string] $Template, [string] $Parameters) {
                    Write-Host "Deploying offer '$Offer' to subscription $Subscription ..."
                    try {
                        Set-AzContext -Subscription $Subscription -Tenant $TenantId | Out-Null
                        New-AzSubscriptionDeployment -Name $Name -Location $Location -TemplateFile $Template `
                            -TemplateParameterFile $Parameters | Out-Null
                    } catch {
                        Fail "deploying offer '$Offer' to subscription $Subscription failed: $($_.Exception.Message). Later offers were not deployed. Fix it and run deploy.ps1 again."
                    }
                }

                """);
        for (KitDeployment d : deployments) {
            s.append("Deploy ").append(ps(d.subscriptionId())).append(' ').append(ps(d.offerKey())).append(' ')
                    .append(ps(d.deploymentName())).append(' ').append(ps(d.template())).append(' ')
                    .append(ps(d.parameters())).append('\n');
        }
        s.append("\nWrite-Host \"Done: ").append(deployments.size()).append(" delegation")
                .append(deployments.size() == 1 ? "" : "s").append(" deployed.\"\n");
        return s.toString();
    }

    static String offboardSh(String customerName, String tenantId, List<KitDeployment> deployments) {
        StringBuilder s = new StringBuilder();
        s.append("#!/usr/bin/env bash\n");
        s.append("# Removes the Azure Lighthouse delegations that deploy.sh created for ").append(oneLine(customerName))
                .append(",\n# by their stable names: first each assignment, then its registration definition.\n");
        s.append("# Run as an Owner of each subscription, signed in to the customer's tenant (az login --tenant ")
                .append(tenantId).append("),\n# or by the partner, as a holder of Managed Services Registration assignment Delete Role.\n");
        s.append("set -euo pipefail\n\n");
        s.append("""
                fail() {
                  echo "offboard.sh: $*" >&2
                  exit 1
                }

                command -v az >/dev/null 2>&1 || fail "the Azure CLI (az) is not installed"

                # Assignments of a definition at a scope (subscription, or one resource group).
                assignments() {
                  local subscription=$1 definition=$2
                  shift 2
                  az managedservices assignment list --subscription "$subscription" "$@" \\
                    --query "[?ends_with(properties.registrationDefinitionId, '$definition')].name" --output tsv
                }

                remove() {
                  local subscription=$1 offer=$2 definition=$3
                  shift 3
                  local groups=("$@") name
                  echo "Removing offer '$offer' from subscription $subscription ..."
                  if [ ${#groups[@]} -eq 0 ]; then
                    for name in $(assignments "$subscription" "$definition"); do
                      az managedservices assignment delete --subscription "$subscription" --assignment "$name" \\
                        || fail "could not remove assignment $name of offer '$offer' from subscription $subscription"
                    done
                  else
                    for group in "${groups[@]}"; do
                      for name in $(assignments "$subscription" "$definition" --resource-group "$group"); do
                        az managedservices assignment delete --subscription "$subscription" --resource-group "$group" \\
                          --assignment "$name" \\
                          || fail "could not remove assignment $name of offer '$offer' from resource group $group"
                      done
                    done
                  fi
                  az managedservices definition delete --subscription "$subscription" --definition "$definition" \\
                    || fail "could not remove the registration definition $definition of offer '$offer' from subscription $subscription"
                }

                """);
        for (KitDeployment d : deployments) {
            s.append("remove ").append(sh(d.subscriptionId())).append(' ').append(sh(d.offerKey())).append(' ')
                    .append(sh(d.definitionName()));
            d.resourceGroups().forEach(g -> s.append(' ').append(sh(g)));
            s.append('\n');
        }
        s.append("\necho \"Done: the delegations are removed.\"\n");
        return s.toString();
    }

    static String linkPartnerIdSh(String partnerId, String managingTenantId, String pecPrincipalId) {
        return "#!/usr/bin/env bash\n"
                + "# Links the PEC Automation Account to the partner's Associated Partner ID, so that its access\n"
                + "# to customers earns Partner Earned Credit. Run once, in the managing (partner) tenant, signed in\n"
                + "# as that service principal:\n"
                + "#   az login --service-principal --username <application-id> --password <secret> --tenant "
                + managingTenantId + "\n"
                + "set -euo pipefail\n\n"
                + "readonly PARTNER_ID=" + sh(partnerId == null ? "" : partnerId) + "\n"
                + "readonly MANAGING_TENANT_ID=" + sh(managingTenantId) + "\n"
                + "readonly PEC_PRINCIPAL_ID=" + sh(pecPrincipalId) + "\n\n"
                + """
                fail() {
                  echo "link-partner-id.sh: $*" >&2
                  exit 1
                }

                [ -n "$PARTNER_ID" ] || fail "no partnerId: set partnerId (your Associated Partner ID) in the customer list and package again"
                command -v az >/dev/null 2>&1 || fail "the Azure CLI (az) is not installed"
                signed_in=$(az account show --query tenantId --output tsv 2>/dev/null) || fail "not signed in: see the az login line at the top"
                [ "$signed_in" = "$MANAGING_TENANT_ID" ] \\
                  || fail "signed in to tenant $signed_in; link from the managing tenant $MANAGING_TENANT_ID"
                kind=$(az account show --query user.type --output tsv)
                [ "$kind" = "servicePrincipal" ] \\
                  || fail "signed in as a $kind; sign in as the PEC Automation Account (object ID $PEC_PRINCIPAL_ID) with az login --service-principal"

                if az managementpartner show >/dev/null 2>&1; then
                  az managementpartner update --partner-id "$PARTNER_ID" --output none
                else
                  az managementpartner create --partner-id "$PARTNER_ID" --output none
                fi
                echo "Linked to partner ID $PARTNER_ID. Partner Earned Credit shows in Cost Management (PartnerEarnedCreditApplied) after about 48 hours."
                """;
    }

    static String linkPartnerIdPs1(String partnerId, String managingTenantId, String pecPrincipalId) {
        return "#Requires -Modules Az.Accounts, Az.ManagementPartner\n"
                + "# Links the PEC Automation Account to the partner's Associated Partner ID. Run once, in the managing\n"
                + "# tenant, signed in as that service principal:\n"
                + "#   Connect-AzAccount -ServicePrincipal -Credential (Get-Credential) -Tenant " + managingTenantId + "\n"
                + "$ErrorActionPreference = 'Stop'\n\n"
                + "$PartnerId = " + ps(partnerId == null ? "" : partnerId) + "\n"
                + "$ManagingTenantId = " + ps(managingTenantId) + "\n"
                + "$PecPrincipalId = " + ps(pecPrincipalId) + "\n\n"
                + """
                function Fail([string] $Message) {
                    Write-Error "link-partner-id.ps1: $Message" -ErrorAction Continue
                    exit 1
                }

                if (-not $PartnerId) { Fail 'no partnerId: set partnerId (your Associated Partner ID) in the customer list and package again' }
                $context = Get-AzContext
                if (-not $context) { Fail 'not signed in: see the Connect-AzAccount line at the top' }
                if ($context.Tenant.Id -ne $ManagingTenantId) { Fail "signed in to tenant $($context.Tenant.Id); link from the managing tenant $ManagingTenantId" }
                if ($context.Account.Type -ne 'ServicePrincipal') { Fail "sign in as the PEC Automation Account (object ID $PecPrincipalId)" }

                if (Get-AzManagementPartner -ErrorAction SilentlyContinue) {
                    Update-AzManagementPartner -PartnerId $PartnerId | Out-Null
                } else {
                    New-AzManagementPartner -PartnerId $PartnerId | Out-Null
                }
                Write-Host "Linked to partner ID $PartnerId. Partner Earned Credit shows in Cost Management (PartnerEarnedCreditApplied) after about 48 hours."
                """;
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ");
    }
}
