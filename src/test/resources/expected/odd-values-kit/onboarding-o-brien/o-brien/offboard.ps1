#Requires -Modules Az.Accounts, Az.ManagedServices
# Removes the Azure Lighthouse delegations that deploy.ps1 created for O'Brien "Quotes" $HOME `id` \ back slash,
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

Remove-Offer '8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b' 'o-1' '5d667c89-5d8d-38ed-84d7-f8dbe152a005' @('rg-(a)', 'rg_b.c', 'x')

Write-Host "Done: the delegations are removed."
