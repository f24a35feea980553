package org.servicetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * C10: the asset register, its detail with service history, registration and export, inside one
 * account.
 */
class AssetsIT {

  @Test
  void aCustomerRegistersAnAssetAndFindsItBySerial() {
    WebSession carla = signedIn("customer@acme.test");
    String serial = "SN-" + System.nanoTime();
    carla.get("/portal/asset-new.xhtml");
    String siteId = firstSiteOption(carla.last().body());
    carla.submit(
        "asset",
        Map.of(
            "name",
            "Label printer 2",
            "site",
            siteId,
            "manufacturer",
            "Zebra",
            "model",
            "ZT411",
            "serial",
            serial,
            "tag",
            "AC-NEW-1"),
        "save");
    assertThat(carla.last().uri().getPath()).isEqualTo("/portal/asset.xhtml");
    assertThat(carla.last().body())
        .contains("The asset has been registered.")
        .contains(serial)
        .contains("This asset has no orders yet.");

    String list = carla.get("/portal/assets.xhtml?q=" + serial.substring(3).toLowerCase()).body();
    assertThat(list).contains("Assets found: 1").contains("Label printer 2");
  }

  @Test
  void aNamelessAssetIsRefused() {
    WebSession carla = signedIn("customer@acme.test");
    carla.get("/portal/asset-new.xhtml");
    carla.submit(
        "asset",
        Map.of("name", "", "site", "", "manufacturer", "", "model", "", "serial", "", "tag", ""),
        "save");
    assertThat(carla.last().body()).contains("Give the asset a name.");
  }

  @Test
  void theDetailShowsTheServiceHistoryAndTheListTheMostRecentOrder() {
    List<String> row =
        TestDatabase.strings(
            "SELECT concat_ws('|', a.id, o.order_number) FROM asset a JOIN customer_account c ON c.id = a.account_id"
                + " JOIN service_order o ON o.asset_id = a.id WHERE c.name = 'Acme Corp'"
                + " ORDER BY o.created_at DESC, o.id DESC LIMIT 1");
    String[] parts = row.get(0).split("\\|");
    WebSession carla = signedIn("customer@acme.test");
    String detail = carla.get("/portal/asset.xhtml?id=" + parts[0]).body();
    assertThat(detail).contains("Service history").contains(parts[1]);
    long expected =
        TestDatabase.count(
            "SELECT count(*) FROM service_order WHERE asset_id = ?", Long.parseLong(parts[0]));
    assertThat(detail).contains("Service history (" + expected + ")");
    String list = carla.get("/portal/assets.xhtml").body();
    assertThat(list).contains(parts[1]);
  }

  @Test
  void anotherAccountsAssetIsNotFoundAndNeverListedOrExported() {
    String acmeAsset =
        TestDatabase.strings(
                "SELECT a.id FROM asset a JOIN customer_account c ON c.id = a.account_id WHERE c.name = 'Acme Corp' LIMIT 1")
            .get(0);
    List<String> acmeSerials =
        TestDatabase.strings(
            "SELECT a.serial_number FROM asset a JOIN customer_account c ON c.id = a.account_id"
                + " WHERE c.name = 'Acme Corp' AND a.serial_number IS NOT NULL");
    WebSession gina = signedIn("customer@globex.test");
    HttpResponse<String> page = gina.get("/portal/asset.xhtml?id=" + acmeAsset);
    assertThat(page.statusCode()).isEqualTo(404);
    String csv = gina.get("/portal/assets.csv").body();
    assertThat(csv.split("\r\n").length).isGreaterThan(1);
    assertThat(csv).doesNotContain(acmeSerials.get(0));
    assertThat(gina.get("/portal/assets.xhtml").body()).doesNotContain(acmeSerials.get(0));
  }

  @Test
  void theExportHoldsTheSearchedAssets() {
    WebSession carla = signedIn("customer@acme.test");
    String csv = carla.get("/portal/assets.csv?q=zebra").body();
    List<String> lines = Arrays.asList(csv.split("\r\n"));
    assertThat(lines.get(0)).isEqualTo("Name,Manufacturer,Model,Serial number,Asset tag,Site");
    long expected =
        TestDatabase.count(
            "SELECT count(*) FROM asset a JOIN customer_account c ON c.id = a.account_id WHERE c.name = 'Acme Corp'"
                + " AND a.search_text LIKE '%zebra%'");
    assertThat(lines).hasSize((int) expected + 1);
    assertThat(lines.subList(1, lines.size()))
        .allSatisfy(l -> assertThat(l.toLowerCase()).contains("zebra"));
  }

  @Test
  void aLargeRegisterCountsUpToTheLimitAndExportsEveryAsset() {
    String account = "Assets " + System.nanoTime();
    TestDatabase.update("INSERT INTO customer_account (name) VALUES (?)", account);
    // 1,003 assets, two named "Boiler", the rest "Pump": the export's batches end among equal
    // names.
    TestDatabase.update(
        "INSERT INTO asset (account_id, name, serial_number, search_text)"
            + " SELECT a.id, n.name, 'PX-' || lpad(g::text, 4, '0'),"
            + " lower(n.name || ' PX-' || lpad(g::text, 4, '0'))"
            + " FROM customer_account a, generate_series(1, 1003) g,"
            + " LATERAL (SELECT CASE WHEN g % 500 = 0 THEN 'Boiler' ELSE 'Pump' END AS name) n"
            + " WHERE a.name = ?",
        account);
    try {
      registerCountsUpToTheLimitAndExportsEveryAsset(account);
    } finally { // an organisation's lists count every account's assets
      TestDatabase.update(
          "DELETE FROM asset WHERE account_id = (SELECT id FROM customer_account WHERE name = ?)",
          account);
    }
  }

  private static void registerCountsUpToTheLimitAndExportsEveryAsset(String account) {
    WebSession customer = new WebSession();
    customer.signIn(
        "portal", TestDatabase.newCustomer(account, SignInIT.PASSWORD), SignInIT.PASSWORD);
    String first = customer.get("/portal/assets.xhtml").body();
    assertThat(first).contains("Assets found: 1000+").contains("1 / 40+").contains("PX-0500");
    String last = customer.get("/portal/assets.xhtml?page=40").body();
    assertThat(last).contains("Assets found: 1003").contains("41 / 41").contains("PX-1003");
    assertThat(customer.get("/portal/assets.xhtml?q=px-10").body()).contains("Assets found: 4");

    List<String> rows = Arrays.asList(customer.get("/portal/assets.csv").body().split("\r\n"));
    List<String> serials = rows.subList(1, rows.size()).stream().map(r -> r.split(",")[3]).toList();
    assertThat(serials).hasSize(1003).doesNotHaveDuplicates();
    assertThat(serials.subList(0, 4)).containsExactly("PX-0500", "PX-1000", "PX-0001", "PX-0002");
    assertThat(serials.get(1002)).isEqualTo("PX-1003");

    // The organisation's key sees every account's assets: counted up to the limit, no "last" link.
    HttpResponse<String> all = Api.get("/api/v1/assets?size=1", ApiOrdersIT.ORG);
    assertThat(Api.json(all).getBoolean("totalCapped")).isTrue();
    assertThat(Api.json(all).getJsonNumber("total").longValue()).isEqualTo(1000);
    assertThat(all.headers().allValues("Link").toString()).doesNotContain("rel=\"last\"");
  }

  private static String firstSiteOption(String page) {
    Matcher option = Pattern.compile("<option value=\"(\\d+)\"").matcher(page);
    assertThat(option.find()).isTrue();
    return option.group(1);
  }

  private static WebSession signedIn(String email) {
    WebSession session = new WebSession();
    session.signIn("portal", email, SignInIT.PASSWORD);
    return session;
  }
}
