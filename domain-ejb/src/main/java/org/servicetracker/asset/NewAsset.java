package org.servicetracker.asset;

/** What is needed to register an asset; for a customer the account is always their own. */
public record NewAsset(
    Long accountId,
    Long siteId,
    String name,
    String manufacturer,
    String model,
    String serialNumber,
    String assetTag) {}
