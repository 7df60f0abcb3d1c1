"""db-alembic-migrations: the file's code is an Alembic shell session (Alembic is not installed here, so it is not
run). What can run is the claim it starts from: create_all() only creates missing tables and never adds a column
to a table that already exists."""
from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine, inspect

engine = create_engine("sqlite://")

v1 = MetaData()
Table("books", v1, Column("id", Integer, primary_key=True), Column("title", String))
v1.create_all(engine)

v2 = MetaData()   # the next release adds books.isbn and a new table
Table("books", v2, Column("id", Integer, primary_key=True), Column("title", String), Column("isbn", String))
Table("authors", v2, Column("id", Integer, primary_key=True))
v2.create_all(engine)

insp = inspect(engine)
cols = [c["name"] for c in insp.get_columns("books")]
print("tables:", sorted(insp.get_table_names()), "books columns:", cols)
assert "authors" in insp.get_table_names()          # a missing table is created
assert cols == ["id", "title"], cols                # the existing table is left alone: no isbn
print("OK db-alembic-migrations")
