package org.servicetracker.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.servicetracker.identity.PasswordHasher;

/**
 * Direct access to the server's database, for what no screen offers yet: users made for one test,
 * and moving a reset link's expiry into the past. Uses DB_URL/DB_USER/DB_PASSWORD when set, else
 * the embedded dev database.
 */
final class TestDatabase {
  private TestDatabase() {}

  static Connection connect() throws SQLException {
    String url =
        System.getenv().getOrDefault("DB_URL", "jdbc:postgresql://localhost:15432/servicetracker");
    String user = System.getenv().getOrDefault("DB_USER", "postgres");
    String password = System.getenv().getOrDefault("DB_PASSWORD", "postgres");
    return DriverManager.getConnection(url, user, password);
  }

  /**
   * A new active customer user of Acme Corp with its own e-mail address, for tests that change a
   * user.
   */
  static String newAcmeCustomer(String password) {
    return newCustomer("Acme Corp", password);
  }

  /** A new customer user of the named account, with the password; returns its e-mail address. */
  static String newCustomer(String accountName, String password) {
    String email = "it-" + System.nanoTime() + "@customer.test";
    try (Connection c = connect()) {
      long id;
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO app_user (email, display_name, password_hash, account_id)"
                  + " SELECT ?, 'Test Customer', ?, id FROM customer_account WHERE name = ? RETURNING id")) {
        s.setString(1, email);
        s.setString(2, new PasswordHasher().hash(password));
        s.setString(3, accountName);
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          id = rs.getLong(1);
        }
      }
      try (PreparedStatement s =
          c.prepareStatement("INSERT INTO user_role (user_id, role) VALUES (?, 'CUSTOMER')")) {
        s.setLong(1, id);
        s.executeUpdate();
      }
      return email;
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  /** Runs a script of several statements (its own BEGIN/COMMIT included). */
  static void execute(String script) {
    try (Connection c = connect();
        java.sql.Statement s = c.createStatement()) {
      s.execute(script);
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  static void update(String sql, Object... params) {
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      s.executeUpdate();
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  static java.util.List<String> strings(String sql, Object... params) {
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      java.util.List<String> values = new java.util.ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          values.add(rs.getString(1));
        }
      }
      return values;
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  static long count(String sql, Object... params) {
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }
}
