import { getTableColumns, type Column, type InferSelectModel, type Table } from 'drizzle-orm';

/** Per table, its columns as [property, database name, column], computed once. */
const columnsOf = new WeakMap<Table, [string, string, Column][]>();

/**
 * A row of `table` from the object `row_to_json(t)` gives (keys are the database's column names),
 * each value mapped as the driver's would be: a statement that returns a table's rows beside other
 * things (an aggregate's, say) can prime the loaders with exactly what they would have loaded.
 */
export function rowFromJson<T extends Table>(table: T, json: Record<string, unknown>): InferSelectModel<T> {
  let columns = columnsOf.get(table);
  if (!columns) {
    columns = Object.entries(getTableColumns(table)).map(([key, column]) => [key, column.name, column as Column]);
    columnsOf.set(table, columns);
  }
  const row: Record<string, unknown> = {};
  for (const [key, name, column] of columns) {
    const value = json[name];
    row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return row as InferSelectModel<T>;
}
