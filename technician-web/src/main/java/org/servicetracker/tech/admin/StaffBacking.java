package org.servicetracker.tech.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.servicetracker.identity.InvitationService;
import org.servicetracker.identity.StaffMember;
import org.servicetracker.identity.StaffService;
import org.servicetracker.shared.DomainException;
import org.servicetracker.shared.Role;
import org.servicetracker.tech.identity.CurrentUser;
import org.servicetracker.web.Pages;

/** admin/staff.xhtml (A3): staff users and their roles; invite, change roles, deactivate. */
@Named
@ViewScoped
public class StaffBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject StaffService staffService;
  @Inject InvitationService invitations;
  @Inject CurrentUser currentUser;

  private List<StaffMember> staff;

  /** Per member: the checked roles, as the checkboxes submit them (an array or a list of names). */
  private final Map<Long, Object> roles = new HashMap<>();

  private String name;
  private String email;
  private List<String> newRoles = new ArrayList<>(List.of(Role.TECHNICIAN.name()));

  public void onLoad() {
    staff = staffService.staff(currentUser.actor());
    staff.forEach(s -> roles.put(s.id(), s.roles().stream().map(Role::name).sorted().toList()));
  }

  public void saveRoles(StaffMember member) throws IOException {
    act(
        () ->
            staffService.changeRoles(
                currentUser.actor(), member.id(), parse(roles.get(member.id()))),
        "rolesSaved");
  }

  public void deactivate(StaffMember member) throws IOException {
    act(() -> staffService.deactivate(currentUser.actor(), member.id()), "deactivated");
  }

  public void invite() throws IOException {
    act(
        () -> invitations.inviteStaff(currentUser.actor(), email, name, parse(newRoles)),
        "invited");
  }

  private void act(Runnable change, String notice) throws IOException {
    try {
      change.run();
      Pages.redirect("/admin/staff.xhtml?" + notice + "=true");
    } catch (DomainException e) {
      Pages.error(e.getMessage());
    }
  }

  private static Set<Role> parse(Object names) {
    Set<Role> parsed = EnumSet.noneOf(Role.class);
    if (names instanceof Object[] array) {
      for (Object name : array) {
        parsed.add(Role.valueOf(name.toString()));
      }
    } else if (names instanceof java.util.Collection<?> collection) {
      collection.forEach(name -> parsed.add(Role.valueOf(name.toString())));
    }
    return parsed;
  }

  public List<Role> getStaffRoles() {
    return List.of(Role.TECHNICIAN, Role.DISPATCHER, Role.ADMIN);
  }

  public List<StaffMember> getStaff() {
    return staff;
  }

  public Map<Long, Object> getRoles() {
    return roles;
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

  public List<String> getNewRoles() {
    return newRoles;
  }

  public void setNewRoles(List<String> newRoles) {
    this.newRoles = newRoles;
  }
}
