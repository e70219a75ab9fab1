"""SQLAlchemy storage: engine and pragmas, typed models, migrations, search."""
