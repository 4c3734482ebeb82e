#Requires -Modules Az.Accounts, Az.ManagedServices
# Removes the Azure Lighthouse delegations that deploy.ps1 created for Northwind Traders,
# by their stable names: first each assignment, then its registration definition.
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

Remove-Offer 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e' 'standard' '55075e13-eec2-3843-ae9e-61441ebc5d98' @()

Write-Host "Done: the delegations are removed."
