# syntax=docker/dockerfile:1
# The Telegram bot in a container. Build: docker build -t collections-helpbot .
# Run:   docker run -d --name helpbot -e TELEGRAM_BOT_TOKEN=... -v helpbot-data:/data collections-helpbot
#
# Three stages: `deps` (the dependencies, from requirements.lock, every file checked against its
# hash), `app` (the bot's own wheel, knowledge/ inside it) and `runtime` (the two copied into a
# clean base that has no pip and no source tree). The dependency layer changes only with the
# lock file, so a code change rebuilds and ships only the small `app` layer.

# The base is pinned by digest (a tag alone can change under us). Refresh it deliberately:
#   docker buildx imagetools inspect python:3.11-slim-bookworm   (the "Digest:" line)
ARG PYTHON_IMAGE=python:3.11-slim-bookworm@sha256:2e32f7d302adc1c37428355c1e646897c0c53f4fd60b6a551245fb90ee129f91

FROM ${PYTHON_IMAGE} AS deps
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1
COPY requirements.lock /tmp/requirements.lock
# Binary wheels only, each matching a hash in the lock; bytecode compiled once, here.
RUN python -m venv --without-pip /opt/venv \
    && pip --python /opt/venv/bin/python install --require-hashes --no-deps \
        --only-binary=:all: -r /tmp/requirements.lock \
    && python -m compileall -q /opt/venv/lib

FROM deps AS app
COPY requirements-build.lock /tmp/requirements-build.lock
RUN pip install --require-hashes --no-deps --only-binary=:all: -r /tmp/requirements-build.lock
WORKDIR /src
COPY pyproject.toml setup.py README.md LICENSE ./
COPY bot ./bot
COPY knowledge ./knowledge
# The bot's wheel, installed on its own into /opt/app (no dependencies: they are in /opt/venv).
RUN pip wheel --no-deps --no-build-isolation -w /tmp/wheels . \
    && pip install --no-deps --no-index --target /opt/app /tmp/wheels/*.whl \
    && rm -rf /opt/app/bin \
    && python -m compileall -q /opt/app

FROM ${PYTHON_IMAGE} AS runtime
# Nothing can be installed into the running image: pip, setuptools and wheel are removed.
# An unprivileged user (uid 10001) owns only the data directory.
RUN rm -rf /usr/local/bin/pip* /usr/local/lib/python3.11/site-packages/pip \
        /usr/local/lib/python3.11/site-packages/pip-* \
        /usr/local/lib/python3.11/site-packages/setuptools* \
        /usr/local/lib/python3.11/site-packages/_distutils_hack \
        /usr/local/lib/python3.11/site-packages/distutils-precedence.pth \
        /usr/local/lib/python3.11/site-packages/wheel* \
    && useradd --create-home --uid 10001 --shell /usr/sbin/nologin helpbot \
    && mkdir -p /data && chown helpbot:helpbot /data
COPY --from=deps /opt/venv /opt/venv
COPY --from=app /opt/app /opt/app

# LOG_LEVEL=INFO: one start-up line (version, mode, knowledge size) and per-message topic ids
# in `docker logs`; never message text or the token.
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONPATH=/opt/app \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    LOG_LEVEL=INFO \
    HELPBOT_DB=/data/state.db \
    WEBHOOK_LISTEN=0.0.0.0 \
    PTB_TIMEDELTA=1
# The SQLite database (settings, reminders, evidence log, feedback) lives here: keep it on a
# volume. A host directory mounted here must be writable by uid 10001 (README: chown 10001).
VOLUME ["/data"]
USER helpbot
# Used only in webhook mode (WEBHOOK_URL set); long polling needs no open port.
EXPOSE 8443

# Healthy while the bot fetches updates (it refreshes a heartbeat beside the database)
# and the database is readable: see `python -m bot health` (it does not load the engine).
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 \
    CMD ["python", "-m", "bot", "health"]
CMD ["python", "-m", "bot", "run"]
