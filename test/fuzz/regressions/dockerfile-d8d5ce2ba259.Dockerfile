FROM python:3.12-slim
RUN apt-get update && apt-get install -y --no-install-recommends libpq5
# shipshape-ignore RUN pip install psycopg
# shipshape-ignore RUN pip install psycopg
