#Requires -Modules Az.Accounts, Az.Resources
# Delegates Northwind Traders's subscriptions through Azure Lighthouse.
# Run as an Owner of each subscription, signed in to the customer's tenant:
#   Connect-AzAccount -Tenant a0b1c2d3-e4f5-4a6b-9c7d-8e9f0a1b2c3d
# Deploys every offer with New-AzSubscriptionDeployment and stops at the first failure.
$ErrorActionPreference = 'Stop'
Set-Location -LiteralPath $PSScriptRoot

$TenantId = 'a0b1c2d3-e4f5-4a6b-9c7d-8e9f0a1b2c3d'
$Location = 'westeurope'
$Subscriptions = @('b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e')

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

Deploy 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e' 'standard' 'lighthouse-standard-55075e13' 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e/standard.json' 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e/standard.parameters.json'

Write-Host "Done: 1 delegation deployed."
