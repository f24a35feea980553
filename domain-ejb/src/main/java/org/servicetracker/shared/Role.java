package org.servicetracker.shared;

import java.util.EnumSet;
import java.util.Set;

/** The roles of people and machines; a user's roles are also its container security groups. */
public enum Role {
  CUSTOMER,
  CUSTOMER_ADMIN,
  TECHNICIAN,
  DISPATCHER,
  ADMIN,
  /** An integration client authenticated by an API key. */
  API_CLIENT;

  public static final Set<Role> CUSTOMER_ROLES = EnumSet.of(CUSTOMER, CUSTOMER_ADMIN);
  public static final Set<Role> STAFF_ROLES = EnumSet.of(TECHNICIAN, DISPATCHER, ADMIN);
}
