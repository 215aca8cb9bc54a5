"""The data layer: schema, migrations, connections and queries. No Qt, no application code."""
