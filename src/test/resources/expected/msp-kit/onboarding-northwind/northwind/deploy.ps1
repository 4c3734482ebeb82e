#Requires -Modules Az.Accounts, Az.Resources, Az.PolicyInsights
# Delegates Northwind Traders's subscriptions through Azure Lighthouse.
# Run as an Owner of each subscription and management group, signed in to the customer's tenant with a member
# (not guest) account of that tenant:
#   Connect-AzAccount -Tenant a0b1c2d3-e4f5-4a6b-9c7d-8e9f0a1b2c3d
# Deploys every offer with New-AzSubscriptionDeployment (management groups: New-AzManagementGroupDeployment,
# then a policy remediation task) and stops at the first failure.
$ErrorActionPreference = 'Stop'
Set-Location -LiteralPath $PSScriptRoot

$TenantId = 'a0b1c2d3-e4f5-4a6b-9c7d-8e9f0a1b2c3d'
$Location = 'westeurope'
$Subscriptions = @('b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e')
$ResourceGroups = @() # subscription/resource-group
$ManagementGroups = @('northwind-prod')

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

# A management group: the policy, its assignment and the assignment's role, then a remediation task that
# delegates the subscriptions already under the group (new ones are delegated by the policy as they arrive).
function Deploy-ManagementGroup([string] $Group, [string] $Offer, [string] $Name, [string] $Template, [string] $Parameters, [string] $Assignment) {
    Write-Host "Deploying offer '$Offer' to management group $Group (Azure Policy) ..."
    try {
        New-AzManagementGroupDeployment -ManagementGroupId $Group -Name $Name -Location $Location -TemplateFile $Template `
            -TemplateParameterFile $Parameters | Out-Null
    } catch {
        Fail "deploying offer '$Offer' to management group $Group failed: $($_.Exception.Message). Later offers were not deployed. Fix it and run deploy.ps1 again."
    }
    Write-Host "Starting the remediation of the subscriptions under management group $Group ..."
    try {
        Start-AzPolicyRemediation -Name "$Name-$((Get-Date).ToUniversalTime().ToString('yyyyMMddHHmmss'))" -ManagementGroupName $Group `
            -PolicyAssignmentId "/providers/Microsoft.Management/managementGroups/$Group/providers/Microsoft.Authorization/policyAssignments/$Assignment" | Out-Null
    } catch {
        Fail "could not start the remediation of offer '$Offer' on management group ${Group}: $($_.Exception.Message). The policy is in place: run deploy.ps1 again later."
    }
}

Deploy 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e' 'standard' 'lighthouse-standard-55075e13' 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e/standard.json' 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e/standard.parameters.json'
Deploy-ManagementGroup 'northwind-prod' 'standard' 'lighthouse-standard-001a8bed' 'management-groups/northwind-prod/standard.json' 'management-groups/northwind-prod/standard.parameters.json' 'lighthouse-4deb2660a5a33'

Write-Host "Done: 2 delegations deployed."
Write-Host "Management groups: the remediation delegates the subscriptions the policy's compliance scan found undelegated;"
Write-Host "a new assignment's first scan takes up to 30 minutes. If Get-AzPolicyRemediation -ManagementGroupName <group>"
Write-Host "shows no deployments, run deploy.ps1 again later (it is idempotent)."
