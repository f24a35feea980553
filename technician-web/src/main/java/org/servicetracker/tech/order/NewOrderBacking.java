package org.servicetracker.tech.order;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.servicetracker.account.AccountOption;
import org.servicetracker.account.AccountService;
import org.servicetracker.account.ContactDirectory;
import org.servicetracker.account.ContactOption;
import org.servicetracker.account.SiteDirectory;
import org.servicetracker.account.SiteOption;
import org.servicetracker.asset.AssetService;
import org.servicetracker.asset.AssetView;
import org.servicetracker.asset.NewAsset;
import org.servicetracker.attachment.AttachmentService;
import org.servicetracker.order.NewOrder;
import org.servicetracker.order.OrderKind;
import org.servicetracker.order.OrderService;
import org.servicetracker.order.Priority;
import org.servicetracker.shared.DomainException;
import org.servicetracker.tech.identity.CurrentUser;
import org.servicetracker.web.AssetConverter;
import org.servicetracker.web.Pages;
import org.servicetracker.web.StagedFiles;

/**
 * order-new.xhtml (T4): a service order on a customer's behalf — account, site, contact and asset
 * of that account (a missing contact or asset is added in place), kind, priority, summary, photos
 * and documents.
 */
@Named
@ViewScoped
public class NewOrderBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How many assets one suggestion list shows: type more to narrow it. */
  static final int ASSET_SUGGESTIONS = 20;

  @Inject OrderService orders;
  @Inject AccountService accounts;
  @Inject SiteDirectory sites;
  @Inject ContactDirectory contacts;
  @Inject AssetService assets;
  @Inject AttachmentService attachments;
  @Inject CurrentUser currentUser;

  private AccountChoices choices;
  private AccountOption account;

  /** The account asked for by {@code ?account=}, offered once the page is read. */
  private Long requestedAccount;

  private Long siteId;
  private Long contactId;
  private AssetView asset;
  private OrderKind kind = OrderKind.WALK_IN;
  private Priority priority = Priority.NORMAL;
  private String summary;
  private String detail;
  private String stagedFiles;
  private String contactName;
  private String contactEmail;
  private String contactPhone;
  private String assetName;
  private String assetSerial;

  public void onLoad() {
    if (requestedAccount != null) {
      account = accounts.current(currentUser.actor(), requestedAccount).orElse(null);
      requestedAccount = null;
    }
  }

  /** The account changed: what was chosen of the previous one no longer applies. */
  public void accountChanged() {
    siteId = null;
    contactId = null;
    asset = null;
  }

  public void addContact() {
    try {
      contactId =
          contacts.add(
              currentUser.actor(), requireAccount(), contactName, contactEmail, contactPhone);
      contactName = null;
      contactEmail = null;
      contactPhone = null;
      choices = null; // the new contact is among the options
    } catch (DomainException e) {
      Pages.error(e.getMessage());
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  public void addAsset() {
    try {
      long id =
          assets.create(
              currentUser.actor(),
              new NewAsset(requireAccount(), siteId, assetName, null, null, assetSerial, null));
      asset = assets.get(currentUser.actor(), id);
      assetName = null;
      assetSerial = null;
    } catch (DomainException e) {
      Pages.error(e.getMessage());
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  public void create() throws IOException {
    try {
      String number =
          orders.create(
              currentUser.actor(),
              new NewOrder(
                  accountId(),
                  siteId,
                  contactId,
                  asset == null ? null : asset.id(),
                  kind,
                  priority,
                  summary,
                  detail,
                  true));
      List<Long> files = StagedFiles.ids(stagedFiles);
      if (!files.isEmpty()) {
        attachments.attachStaged(currentUser.actor(), number, files);
      }
      Pages.redirect(
          "/order.xhtml?number="
              + URLEncoder.encode(number, StandardCharsets.UTF_8)
              + "&created=true");
    } catch (DomainException e) {
      Pages.error(e.getMessage());
    }
  }

  private long requireAccount() {
    if (account == null) {
      throw new org.servicetracker.shared.ValidationException(
          "accountId", "Choose the customer account first.");
    }
    return account.id();
  }

  private Long accountId() {
    return account == null ? null : account.id();
  }

  public List<SiteOption> getSiteOptions() {
    return account == null ? List.of() : choices().sites();
  }

  public List<ContactOption> getContactOptions() {
    return account == null ? List.of() : choices().contacts();
  }

  /**
   * Suggestions for the asset field: the chosen account's assets matching what was typed (by name,
   * serial number or tag), as many as {@link #ASSET_SUGGESTIONS}: an account may have thousands.
   */
  public List<AssetView> completeAsset(String text) {
    if (account == null) {
      return List.of();
    }
    return assets.suggestions(
        currentUser.actor().confinedTo(account.id()), text, ASSET_SUGGESTIONS);
  }

  /**
   * The asset field's converter; that the asset is the order's account's is checked on creation.
   */
  public AssetConverter getAssetConverter() {
    return new AssetConverter(assets, currentUser::actor);
  }

  /**
   * The chosen account's sites and contacts, read once per account: Faces asks for the options
   * while validating and again while rendering.
   */
  private AccountChoices choices() {
    long accountId = account.id();
    if (choices == null || choices.accountId() != accountId) {
      choices =
          new AccountChoices(
              accountId,
              sites.sitesOf(currentUser.actor(), accountId),
              contacts.contactsOf(currentUser.actor(), accountId));
    }
    return choices;
  }

  /** What an account offers the form. */
  private record AccountChoices(
      long accountId, List<SiteOption> sites, List<ContactOption> contacts)
      implements Serializable {}

  public List<OrderKind> getKinds() {
    return List.of(OrderKind.values());
  }

  public List<Priority> getPriorities() {
    return List.of(Priority.values());
  }

  /** {@code ?account=}: the account to start with. */
  public Long getAccountId() {
    return accountId();
  }

  public void setAccountId(Long accountId) {
    this.requestedAccount = accountId;
  }

  public AccountOption getAccount() {
    return account;
  }

  public void setAccount(AccountOption account) {
    this.account = account;
  }

  public Long getSiteId() {
    return siteId;
  }

  public void setSiteId(Long siteId) {
    this.siteId = siteId;
  }

  public Long getContactId() {
    return contactId;
  }

  public void setContactId(Long contactId) {
    this.contactId = contactId;
  }

  public AssetView getAsset() {
    return asset;
  }

  public void setAsset(AssetView asset) {
    this.asset = asset;
  }

  public OrderKind getKind() {
    return kind;
  }

  public void setKind(OrderKind kind) {
    this.kind = kind;
  }

  public Priority getPriority() {
    return priority;
  }

  public void setPriority(Priority priority) {
    this.priority = priority;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getDetail() {
    return detail;
  }

  public void setDetail(String detail) {
    this.detail = detail;
  }

  public String getStagedFiles() {
    return stagedFiles;
  }

  public void setStagedFiles(String stagedFiles) {
    this.stagedFiles = stagedFiles;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }

  public String getAssetName() {
    return assetName;
  }

  public void setAssetName(String assetName) {
    this.assetName = assetName;
  }

  public String getAssetSerial() {
    return assetSerial;
  }

  public void setAssetSerial(String assetSerial) {
    this.assetSerial = assetSerial;
  }
}
