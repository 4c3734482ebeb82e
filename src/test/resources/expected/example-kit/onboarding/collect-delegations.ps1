#Requires -Modules Az.Accounts
# Saves the Azure Lighthouse delegations that customers granted to the managing tenant, one file per
# delegated subscription, for lighthouse:audit. Run signed in to the managing (partner) tenant with an
# account that sees the delegated subscriptions (Reader on them is enough):
#   Connect-AzAccount -Tenant 6f1e0c3a-5b7d-4c2e-9a10-3d4e5f607181
#   ./collect-delegations.ps1 [-Out delegations]
#   mvn lighthouse:audit -Dlighthouse.delegations=delegations
# Each file is the REST list of registration assignments (api 2022-10-01) with their definitions,
# filtered on the managing tenant; further pages (nextLink) go to <subscription>.page-<n>.json.
param([string] $Out = 'delegations')
$ErrorActionPreference = 'Stop'

$ManagingTenantId = '6f1e0c3a-5b7d-4c2e-9a10-3d4e5f607181'
$ApiVersion = '2022-10-01'

function Fail([string] $Message) {
    Write-Error "collect-delegations.ps1: $Message" -ErrorAction Continue
    exit 1
}

$context = Get-AzContext
if (-not $context) { Fail "not signed in to Azure: run Connect-AzAccount -Tenant $ManagingTenantId" }
New-Item -ItemType Directory -Force -Path $Out | Out-Null

# Delegated subscriptions: seen from the partner tenant, their home tenant is the customer's.
$subscriptions = @(Get-AzSubscription -TenantId $ManagingTenantId |
    Where-Object { $_.HomeTenantId -and $_.HomeTenantId -ne $_.TenantId } | ForEach-Object { $_.Id })
if ($subscriptions.Count -eq 0) { Fail "no delegated subscription is visible to this account in tenant $ManagingTenantId" }

# $expandRegistrationDefinition and $filter are OData options: literal dollar signs (single quotes).
$options = '&$expandRegistrationDefinition=true&$filter=' + [uri]::EscapeDataString("managedByTenantId eq '$ManagingTenantId'")
$failed = 0
foreach ($subscription in $subscriptions) {
    $path = "/subscriptions/$subscription/providers/Microsoft.ManagedServices/registrationAssignments?api-version=$ApiVersion$options"
    $file = Join-Path $Out "$subscription.json"
    $page = 1
    while ($path) {
        $response = Invoke-AzRestMethod -Method GET -Path $path
        if ($response.StatusCode -ne 200) {
            Write-Warning "could not read the delegations of subscription ${subscription}: HTTP $($response.StatusCode) $($response.Content)"
            $failed++
            break
        }
        [System.IO.File]::WriteAllText((Join-Path (Resolve-Path $Out) (Split-Path $file -Leaf)), $response.Content)
        $next = ($response.Content | ConvertFrom-Json).nextLink
        $path = if ($next) { ([uri] $next).PathAndQuery } else { $null }
        $page++
        $file = Join-Path $Out "$subscription.page-$page.json"
    }
}

Write-Host "Saved the delegations of $($subscriptions.Count - $failed) of $($subscriptions.Count) subscriptions in $Out/."
Write-Host "Next: mvn lighthouse:audit -Dlighthouse.delegations=$Out (add -Dlighthouse.billing=<billing exports> for PEC applied)"
if ($failed -gt 0) { Fail "$failed subscription(s) could not be read; the others are saved" }
