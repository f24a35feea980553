package org.servicetracker.tech.admin;

import java.io.Serializable;
import org.servicetracker.account.ContactOption;

/** The fields of the contact form on admin/account.xhtml: empty to add, filled to edit. */
public class ContactForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private String name;
  private String email;
  private String phone;

  void fill(ContactOption contact) {
    name = contact.name();
    email = contact.email();
    phone = contact.phone();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }
}
