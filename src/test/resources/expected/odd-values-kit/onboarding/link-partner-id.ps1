#Requires -Modules Az.Accounts, Az.ManagementPartner
# Links the PEC Automation Account to the partner's Associated Partner ID. Run once, in the managing
# tenant, signed in as that service principal:
#   Connect-AzAccount -ServicePrincipal -Credential (Get-Credential) -Tenant 6f1e0c3a-5b7d-4c2e-9a10-3d4e5f607181
$ErrorActionPreference = 'Stop'

$PartnerId = ''
$ManagingTenantId = '6f1e0c3a-5b7d-4c2e-9a10-3d4e5f607181'
$PecPrincipalId = '3c0e5d1e-8f2a-4b6c-9d7e-0a1b2c3d4e5f'

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
