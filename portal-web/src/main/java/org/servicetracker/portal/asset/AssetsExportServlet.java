package org.servicetracker.portal.asset;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import org.servicetracker.asset.AssetService;
import org.servicetracker.portal.identity.CurrentUser;
import org.servicetracker.web.Csv;

/** assets.csv?q=…: the asset register for the same search, streamed. */
@WebServlet("/assets.csv")
public class AssetsExportServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject AssetService assets;
  @Inject CurrentUser currentUser;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"assets.csv\"");
    PrintWriter out = response.getWriter();
    out.print(Csv.line("Name", "Manufacturer", "Model", "Serial number", "Asset tag", "Site"));
    assets.export(
        currentUser.actor(),
        request.getParameter("q"),
        a ->
            out.print(
                Csv.line(
                    a.name(),
                    a.manufacturer(),
                    a.model(),
                    a.serialNumber(),
                    a.assetTag(),
                    a.siteName())));
    out.flush();
  }
}
