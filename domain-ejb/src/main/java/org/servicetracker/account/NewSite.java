package org.servicetracker.account;

/** A site as staff enter it. */
public record NewSite(String name, String street, String city, String postalCode, String country) {}
