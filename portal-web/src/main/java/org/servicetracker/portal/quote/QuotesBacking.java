package org.servicetracker.portal.quote;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.servicetracker.portal.identity.CurrentUser;
import org.servicetracker.quote.ProposalService;
import org.servicetracker.quote.ProposalView;
import org.servicetracker.shared.Page;
import org.servicetracker.shared.PageRequest;
import org.servicetracker.web.UrlParams;

/** quotes.xhtml: the account's recommendations and quotes, those awaiting an answer first. */
@Named
@RequestScoped
public class QuotesBacking {
  static final int PAGE_SIZE = 25;

  @Inject ProposalService proposals;
  @Inject CurrentUser currentUser;

  private boolean all;
  private int page;
  private Page<ProposalView> result;

  public void onLoad() {
    Map<String, String[]> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
    all = "all".equals(UrlParams.first(params, "show"));
    page = UrlParams.page(params);
    result = proposals.list(currentUser.actor(), !all, new PageRequest(page, PAGE_SIZE));
  }

  public Page<ProposalView> getResult() {
    return result;
  }

  public boolean isAll() {
    return all;
  }

  public String pageQuery(int other) {
    return (all ? "show=all&" : "") + "page=" + other;
  }
}
