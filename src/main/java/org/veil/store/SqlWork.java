package org.veil.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done with a connection the database lends for the call. */
@FunctionalInterface
public interface SqlWork<T> {
  T run(Connection connection) throws SQLException;
}
