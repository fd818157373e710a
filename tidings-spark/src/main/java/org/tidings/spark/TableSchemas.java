package org.tidings.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.tidings.store.StoreRows;

/**
 * Spark schemas of the store's tables, from the store's own schema ({@link StoreRows#sqlTypes}),
 * each with the partition column {@value #DAY} appended where the table has none of its own.
 * Stateless.
 */
final class TableSchemas {
  /** The partition column: yyyymmdd (0 when unknown) of the event (events) or of the article (the rest). */
  static final String DAY = "day";

  private TableSchemas() {}

  /** The table's columns in the store's order, then {@value #DAY} unless the table has it. */
  static StructType of(String table) {
    List<String> columns = StoreRows.columns(table);
    List<String> types = StoreRows.sqlTypes(table);
    List<StructField> fields = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      fields.add(DataTypes.createStructField(columns.get(i), type(types.get(i)), true));
    }
    if (!columns.contains(DAY)) {
      fields.add(DataTypes.createStructField(DAY, DataTypes.IntegerType, false));
    }
    return DataTypes.createStructType(fields);
  }

  /** True when the table's own columns include the partition column (events). */
  static boolean hasOwnDay(String table) {
    return StoreRows.columns(table).contains(DAY);
  }

  private static DataType type(String sqlType) {
    return switch (sqlType) {
      case "VARCHAR", "TEXT" -> DataTypes.StringType;
      case "INTEGER" -> DataTypes.IntegerType;
      case "BIGINT" -> DataTypes.LongType;
      case "DOUBLE" -> DataTypes.DoubleType;
      case "BOOLEAN" -> DataTypes.BooleanType;
      case "TIMESTAMP" -> DataTypes.TimestampNTZType;
      default -> throw new IllegalStateException("no Spark type for the store's SQL type " + sqlType);
    };
  }
}
