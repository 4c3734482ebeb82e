#Requires -Modules Az.Accounts, Az.Resources
# Delegates Fabrikam Ltd's subscriptions through Azure Lighthouse.
# Run as an Owner of each subscription, signed in to the customer's tenant with a member
# (not guest) account of that tenant:
#   Connect-AzAccount -Tenant 7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a
# Deploys every offer with New-AzSubscriptionDeployment and stops at the first failure.
$ErrorActionPreference = 'Stop'
Set-Location -LiteralPath $PSScriptRoot

$TenantId = '7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a'
$Location = 'westeurope'
$Subscriptions = @('8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b', '9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c')
$ResourceGroups = @('9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c/rg-web', '9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c/rg-data') # subscription/resource-group
$ManagementGroups = @()

function Fail([string] $Message) {
    Write-Error "deploy.ps1: $Message" -ErrorAction Continue
    exit 1
}

# Registers Microsoft.ManagedServices on a subscription and waits until it is registered (as deploy.sh does).
function Register-ManagedServices([string] $Subscription) {
    try { Set-AzContext -Subscription $Subscription -Tenant $TenantId | Out-Null }
    catch { Fail "cannot select subscription ${Subscription}: are you an Owner there, in tenant ${TenantId}?" }
    $state = (Get-AzResourceProvider -ProviderNamespace Microsoft.ManagedServices | Select-Object -First 1).RegistrationState
    if ($state -eq 'Registered') { return }
    Write-Host "Registering the Microsoft.ManagedServices resource provider on subscription $Subscription ..."
    Register-AzResourceProvider -ProviderNamespace Microsoft.ManagedServices | Out-Null
    $deadline = (Get-Date).AddMinutes(15)
    while ((Get-AzResourceProvider -ProviderNamespace Microsoft.ManagedServices | Select-Object -First 1).RegistrationState -ne 'Registered') {
        if ((Get-Date) -gt $deadline) { Fail "Microsoft.ManagedServices is still not registered on subscription $Subscription after 15 minutes" }
        Start-Sleep -Seconds 10
    }
}

# Whether the signed-in account may create role assignments at a scope, as onboarding does: Owner, or User Access
# Administrator (or Role Based Access Control Administrator) with Contributor; directly, inherited or through a group.
function Test-CanDelegate([string] $Scope) {
    $roles = @(Get-AzRoleAssignment -ObjectId $ObjectId -Scope $Scope -ExpandPrincipalGroups | ForEach-Object { $_.RoleDefinitionName })
    if ($roles -contains 'Owner') { return $true }
    return (($roles -contains 'User Access Administrator' -or $roles -contains 'Role Based Access Control Administrator') -and ($roles -contains 'Contributor'))
}

# Preflight: nothing is deployed unless every check passes.
$context = Get-AzContext
if (-not $context) { Fail "not signed in to Azure: run Connect-AzAccount -Tenant $TenantId" }
if ($context.Tenant.Id -ne $TenantId) {
    Fail "signed in to tenant $($context.Tenant.Id), but this kit is for tenant ${TenantId}: run Connect-AzAccount -Tenant $TenantId"
}
if ($context.Account.Type -eq 'ServicePrincipal') {
    $ObjectId = (Get-AzADServicePrincipal -ApplicationId $context.Account.Id).Id
} else {
    $me = Get-AzADUser -SignedIn -Select UserType -AppendSelected
    if ($me.UserType -eq 'Guest') { Fail "the signed-in account is a guest in tenant ${TenantId}; Azure Lighthouse onboarding needs a member account of the customer's tenant: sign in with one" }
    $ObjectId = $me.Id
}
if (-not $ObjectId) { Fail 'cannot read the signed-in account''s object ID' }
foreach ($subscription in $Subscriptions) {
    if (-not (Test-CanDelegate "/subscriptions/$subscription")) {
        Fail "the signed-in account ($ObjectId) may not create role assignments on subscription ${subscription}: onboarding needs Owner there (or User Access Administrator with Contributor), directly, inherited or through a group; activate it first if it is eligible in Privileged Identity Management, or ask an Owner to run deploy.ps1. Nothing was deployed."
    }
    Register-ManagedServices $subscription
}
foreach ($entry in $ResourceGroups) {
    $subscription, $group = $entry -split '/', 2
    Set-AzContext -Subscription $subscription -Tenant $TenantId | Out-Null
    if (-not (Get-AzResourceGroup -Name $group -ErrorAction SilentlyContinue)) {
        Fail "resource group $group does not exist in subscription ${subscription}: create it, or ask your service provider to change its list. Nothing was deployed."
    }
}
foreach ($group in $ManagementGroups) {
    if (-not (Test-CanDelegate "/providers/Microsoft.Management/managementGroups/$group")) {
        Fail "the signed-in account ($ObjectId) may not create role assignments on management group ${group}: the policy assignment and its identity's role assignment need Owner there (or User Access Administrator with Contributor); ask an Owner of the management group to run deploy.ps1. Nothing was deployed."
    }
    # The policy's deployments fail on subscriptions where Microsoft.ManagedServices is not registered.
    try { $under = @(Get-AzManagementGroupSubscription -GroupName $group | ForEach-Object { ($_.Id -split '/')[-1] }) }
    catch { Fail "cannot list the subscriptions under management group ${group}: is its ID (not its display name) right?" }
    foreach ($subscription in $under) { Register-ManagedServices $subscription }
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
