#Requires -Modules Az.Accounts, Az.ManagedServices, Az.Resources
# Removes the Azure Lighthouse delegations that deploy.ps1 created for Northwind Traders,
# by their stable names: first each assignment, then its registration definition (management groups:
# first the policy, then what it delegated on each subscription under the group).
# Run as an Owner of each subscription, signed in to the customer's tenant (Connect-AzAccount -Tenant a0b1c2d3-e4f5-4a6b-9c7d-8e9f0a1b2c3d),
# or by the partner, as a holder of Managed Services Registration assignment Delete Role.
$ErrorActionPreference = 'Stop'

function Fail([string] $Message) {
    Write-Error "offboard.ps1: $Message" -ErrorAction Continue
    exit 1
}

if (-not (Get-AzContext)) { Fail 'not signed in to Azure: run Connect-AzAccount -Tenant a0b1c2d3-e4f5-4a6b-9c7d-8e9f0a1b2c3d' }

function Remove-Offer([string] $Subscription, [string] $Offer, [string] $Definition, [string[]] $Groups) {
    Write-Host "Removing offer '$Offer' from subscription $Subscription ..."
    $scopes = if ($Groups.Count -eq 0) { @("/subscriptions/$Subscription") } else { @($Groups | ForEach-Object { "/subscriptions/$Subscription/resourceGroups/$_" }) }
    foreach ($scope in $scopes) {
        try {
            $assignments = @(Get-AzManagedServicesAssignment -Scope $scope | Where-Object { $_.RegistrationDefinitionId -like "*/$Definition" })
            foreach ($a in $assignments) { Remove-AzManagedServicesAssignment -Name $a.Name -Scope $scope | Out-Null }
        } catch {
            Fail "could not remove the assignments of offer '$Offer' at ${scope}: $($_.Exception.Message)"
        }
    }
    try { Remove-AzManagedServicesDefinition -Name $Definition -Scope "/subscriptions/$Subscription" | Out-Null }
    catch { Fail "could not remove the registration definition $Definition of offer '$Offer' from subscription ${Subscription}: $($_.Exception.Message)" }
}

# A management group: first the policy (its identity's role assignment, its assignment, its definition), so that
# nothing is delegated again, then the delegation it made on each subscription under the group, by its stable name.
function Remove-ManagementGroupOffer([string] $Group, [string] $Offer, [string] $Definition, [string] $Policy, [string] $Assignment, [string] $Role) {
    $scope = "/providers/Microsoft.Management/managementGroups/$Group"
    Write-Host "Removing offer '$Offer' from management group $Group (Azure Policy) ..."
    try {
        $response = Invoke-AzRestMethod -Method DELETE -Path "$scope/providers/Microsoft.Authorization/roleAssignments/${Role}?api-version=2022-04-01"
        if ($response.StatusCode -ge 300) { throw "HTTP $($response.StatusCode) $($response.Content)" }
        Remove-AzPolicyAssignment -Name $Assignment -Scope $scope | Out-Null
        Remove-AzPolicyDefinition -Name $Policy -ManagementGroupName $Group -Force | Out-Null
    } catch {
        Fail "could not remove the policy of offer '$Offer' from management group ${Group}: $($_.Exception.Message)"
    }
    foreach ($subscription in @(Get-AzManagementGroupSubscription -GroupName $Group | ForEach-Object { ($_.Id -split '/')[-1] })) {
        if (Get-AzManagedServicesDefinition -Name $Definition -Scope "/subscriptions/$subscription" -ErrorAction SilentlyContinue) {
            Remove-Offer $subscription $Offer $Definition @()
        }
    }
}

Remove-Offer 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e' 'standard' '55075e13-eec2-3843-ae9e-61441ebc5d98' @()
Remove-ManagementGroupOffer 'northwind-prod' 'standard' '001a8bed-6e5b-3163-a6c6-87a703894b78' '07c7d2fa-4750-386c-9dbc-d73b31b48ed9' 'lighthouse-4deb2660a5a33' 'bc0ff295-812c-3568-997e-27b892d2c9ab'

Write-Host "Done: the delegations are removed."
