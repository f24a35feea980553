package org.servicetracker.portal.order;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
import org.servicetracker.portal.identity.CurrentUser;
import org.servicetracker.shared.DomainException;
import org.servicetracker.web.AssetConverter;
import org.servicetracker.web.Pages;
import org.servicetracker.web.StagedFiles;

/**
 * request-new.xhtml (C3): a Walk-In Repair or Service Call for one of the account's sites and
 * assets, with an in-place shortcut to register a missing asset; saved as a draft or submitted at
 * once.
 */
@Named
@ViewScoped
public class NewRequestBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int SUGGESTIONS = 20;

  @Inject OrderService orders;
  @Inject AttachmentService attachments;
  @Inject AssetService assets;
  @Inject SiteDirectory sites;
  @Inject CurrentUser currentUser;

  private List<SiteOption> siteOptions;
  private OrderKind kind = OrderKind.WALK_IN;
  private Long siteId;
  private AssetView asset;
  private Priority priority = Priority.NORMAL;
  private String summary;
  private String detail;

  /** The files chosen on the form and already staged, as the upload widget keeps them (JSON). */
  private String stagedFiles;

  private String newAssetName;
  private String newAssetSerial;
  private String newAssetTag;

  public void onLoad() {
    if (siteOptions == null) {
      siteOptions = sites.sitesOf(currentUser.actor(), null);
    }
  }

  /** Suggestions for the asset field: the account's assets matching what was typed. */
  public List<AssetView> completeAsset(String text) {
    return assets.suggestions(currentUser.actor(), text, SUGGESTIONS);
  }

  /** Registers the missing asset at the chosen site and selects it. */
  public void createAsset() {
    try {
      long id =
          assets.create(
              currentUser.actor(),
              new NewAsset(null, siteId, newAssetName, null, null, newAssetSerial, newAssetTag));
      asset = assets.get(currentUser.actor(), id);
      newAssetName = null;
      newAssetSerial = null;
      newAssetTag = null;
    } catch (DomainException e) {
      Pages.error(e.getMessage());
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  public void saveDraft() throws IOException {
    create(false);
  }

  public void submit() throws IOException {
    create(true);
  }

  private void create(boolean submit) throws IOException {
    try {
      String number =
          orders.create(
              currentUser.actor(),
              new NewOrder(
                  null,
                  siteId,
                  null,
                  asset == null ? null : asset.id(),
                  kind,
                  priority,
                  summary,
                  detail,
                  submit));
      String filesNotice = attachStaged(number) ? "" : "&filesMissing=true";
      Pages.redirect(
          "/order.xhtml?number="
              + URLEncoder.encode(number, StandardCharsets.UTF_8)
              + (submit ? "&submitted=true" : "&draftSaved=true")
              + filesNotice);
    } catch (DomainException e) {
      Pages.error(e.getMessage());
    }
  }

  /** Puts the form's staged files on the new order; false when some could not be added. */
  private boolean attachStaged(String number) {
    List<Long> ids = StagedFiles.ids(stagedFiles);
    if (ids.isEmpty()) {
      return true;
    }
    try {
      attachments.attachStaged(currentUser.actor(), number, ids);
      return true;
    } catch (DomainException e) {
      return false;
    }
  }

  /** The asset field's converter: assets of the caller's own account only. */
  public AssetConverter getAssetConverter() {
    return new AssetConverter(assets, currentUser::actor);
  }

  public List<SiteOption> getSiteOptions() {
    return siteOptions;
  }

  public List<OrderKind> getKinds() {
    return List.of(OrderKind.values());
  }

  public List<Priority> getPriorities() {
    return List.of(Priority.values());
  }

  public OrderKind getKind() {
    return kind;
  }

  public void setKind(OrderKind kind) {
    this.kind = kind;
  }

  public Long getSiteId() {
    return siteId;
  }

  public void setSiteId(Long siteId) {
    this.siteId = siteId;
  }

  public AssetView getAsset() {
    return asset;
  }

  public void setAsset(AssetView asset) {
    this.asset = asset;
  }

  public Priority getPriority() {
    return priority;
  }

  public void setPriority(Priority priority) {
    this.priority = priority;
  }

  public String getStagedFiles() {
    return stagedFiles;
  }

  public void setStagedFiles(String stagedFiles) {
    this.stagedFiles = stagedFiles;
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

  public String getNewAssetName() {
    return newAssetName;
  }

  public void setNewAssetName(String newAssetName) {
    this.newAssetName = newAssetName;
  }

  public String getNewAssetSerial() {
    return newAssetSerial;
  }

  public void setNewAssetSerial(String newAssetSerial) {
    this.newAssetSerial = newAssetSerial;
  }

  public String getNewAssetTag() {
    return newAssetTag;
  }

  public void setNewAssetTag(String newAssetTag) {
    this.newAssetTag = newAssetTag;
  }
}
