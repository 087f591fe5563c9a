param location string = resourceGroup().location

resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'contosoregistry'
  location: location
  sku: { name: 'Premium' }
  properties: { zoneRedundancy: 'Enabled' }
}
