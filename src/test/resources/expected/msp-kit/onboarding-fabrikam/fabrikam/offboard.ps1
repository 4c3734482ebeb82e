#Requires -Modules Az.Accounts, Az.ManagedServices
# Removes the Azure Lighthouse delegations that deploy.ps1 created for Fabrikam Ltd,
# by their stable names: first each assignment, then its registration definition.
# Run as an Owner of each subscription, signed in to the customer's tenant (Connect-AzAccount -Tenant 7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a),
# or by the partner, as a holder of Managed Services Registration assignment Delete Role.
$ErrorActionPreference = 'Stop'

function Fail([string] $Message) {
    Write-Error "offboard.ps1: $Message" -ErrorAction Continue
    exit 1
}

if (-not (Get-AzContext)) { Fail 'not signed in to Azure: run Connect-AzAccount -Tenant 7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a' }

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

Remove-Offer '8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b' 'standard' 'cdd73c10-b958-3963-afaf-e3faf0f76b06' @()
Remove-Offer '9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c' 'standard' 'f6111ea6-1445-37b1-97f6-13bae77878a9' @('rg-fabrikam-web')
Remove-Offer '9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c' 'backup' '742c8fe2-600f-342d-a572-cf7da264e6ae' @('rg-fabrikam-web')

Write-Host "Done: the delegations are removed."
