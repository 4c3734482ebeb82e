#Requires -Modules Az.Accounts, Az.Resources
# Delegates Fabrikam Ltd's subscriptions through Azure Lighthouse.
# Run as an Owner of each subscription, signed in to the customer's tenant:
#   Connect-AzAccount -Tenant 7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a
# Deploys every offer with New-AzSubscriptionDeployment and stops at the first failure.
$ErrorActionPreference = 'Stop'
Set-Location -LiteralPath $PSScriptRoot

$TenantId = '7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a'
$Location = 'westeurope'
$Subscriptions = @('8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b', '9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c')

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

Deploy '8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b' 'standard' 'lighthouse-standard-cdd73c10' '8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b/standard.json' '8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b/standard.parameters.json'
Deploy '8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b' 'security' 'lighthouse-security-f1370232' '8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b/security.json' '8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b/security.parameters.json'
Deploy '9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c' 'standard' 'lighthouse-standard-f6111ea6' '9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c/standard.json' '9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c/standard.parameters.json'
Deploy '9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c' 'security' 'lighthouse-security-ea6d8d1a' '9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c/security.json' '9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c/security.parameters.json'

Write-Host "Done: 4 delegations deployed."
