resource "azurerm_container_registry" "acr" {
  name                = "contosoregistry"
  resource_group_name = azurerm_resource_group.rg.name
  location            = "East US"
  sku                 = "Premium"
  georeplications {
    location                = "westeurope"
    zone_redundancy_enabled = true
  }
}
