# syntax=docker/dockerfile:1

# ---- build ----
FROM rust:1.95-slim-bookworm AS build
WORKDIR /src
# Build the dependencies first, so code changes don't rebuild them.
COPY Cargo.toml Cargo.lock ./
RUN mkdir -p src/bin && echo 'fn main() {}' > src/main.rs && touch src/lib.rs \
    && echo 'fn main() {}' > src/bin/kettle-bench.rs \
    && cargo build --release --locked \
    && rm -rf src
COPY build.rs ./
COPY src ./src
COPY migrations ./migrations
COPY locales ./locales
# Migrations and translations are compiled into the binary (build.rs
# rebuilds when a migration changes).
RUN touch src/main.rs src/lib.rs && cargo build --release --locked --bin kettle

# ---- run ----
FROM debian:bookworm-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --create-home --home-dir /var/lib/kettle kettle
COPY --from=build /src/target/release/kettle /usr/local/bin/kettle
USER kettle
WORKDIR /var/lib/kettle
ENV KETTLE_HTTP_ADDR=0.0.0.0:8080 \
    KETTLE_LOG_FORMAT=json \
    RUST_LOG=info
EXPOSE 8080
ENTRYPOINT ["kettle"]
CMD ["run"]
