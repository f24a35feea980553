package org.servicetracker.portal.identity;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import org.servicetracker.identity.ProfileService;
import org.servicetracker.web.Csv;

/** login-audit.csv: every sign-in attempt made with the signed-in user's address, streamed. */
@WebServlet("/login-audit.csv")
public class LoginAuditExportServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject ProfileService profiles;
  @Inject CurrentUser currentUser;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"login-audit.csv\"");
    PrintWriter out = response.getWriter();
    out.print(Csv.line("Time", "Outcome", "Address", "Client", "Application"));
    profiles.exportLoginHistory(
        currentUser.actor(),
        r ->
            out.print(
                Csv.line(
                    DateTimeFormatter.ISO_INSTANT.format(r.occurredAt()),
                    r.outcome().name(),
                    r.address(),
                    r.userAgent(),
                    r.application().name())));
    out.flush();
  }
}
