package org.servicetracker.identity;

/** Where someone signs in; each application admits only its own kind of user. */
public enum Application {
  PORTAL,
  TECH,
  API;

  boolean admits(AppUser user) {
    return switch (this) {
      case PORTAL -> user.isCustomer();
      case TECH -> !user.isCustomer();
      case API -> false;
    };
  }
}
