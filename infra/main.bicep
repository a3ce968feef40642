// Flex Consumption (FC1) function app running the custom handler (shared/reference/azure-functions.md, Recommendation).
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('azd environment name; names and tags every resource.')
param environmentName string

@minLength(1)
@description('Region of every resource; it must offer Flex Consumption.')
param location string

@secure()
@description('MongoDB connection string. Stored only as a Key Vault secret; the app reads it through a Key Vault reference.')
param mongoDbUri string

@description('6-field NCRONTAB schedule of the appsUpdater timer function (UTC).')
param appsUpdaterSchedule string = '0 */1 * * * *'

var tags = { 'azd-env-name': environmentName }
var token = toLower(uniqueString(subscription().id, environmentName, location))

resource group 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module app 'app/resources.bicep' = {
  name: 'resources'
  scope: group
  params: {
    location: location
    tags: tags
    token: token
    mongoDbUri: mongoDbUri
    appsUpdaterSchedule: appsUpdaterSchedule
  }
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_FUNCTION_NAME string = app.outputs.functionAppName
output SERVICE_API_NAME string = app.outputs.functionAppName
output SERVICE_API_URI string = app.outputs.functionAppUri
