# The Telegram bot in a container. Build: docker build -t collections-helpbot .
# Run:   docker run -d --name helpbot -e TELEGRAM_BOT_TOKEN=... -v helpbot-data:/data collections-helpbot
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
RUN pip install . && rm -rf build *.egg-info
COPY knowledge ./knowledge

# An unprivileged user owns only the data directory.
RUN useradd --create-home --uid 10001 --shell /usr/sbin/nologin helpbot \
    && mkdir -p /data && chown helpbot:helpbot /data

ENV HELPBOT_KNOWLEDGE=/app/knowledge \
    HELPBOT_DB=/data/state.db \
    WEBHOOK_LISTEN=0.0.0.0 \
    PTB_TIMEDELTA=1
# The SQLite database (settings, reminders, feedback counts) lives here: keep it on a volume.
VOLUME ["/data"]
USER helpbot
# Used only in webhook mode (WEBHOOK_URL set); long polling needs no open port.
EXPOSE 8443

# Healthy while the bot fetches updates (it refreshes a heartbeat beside the database)
# and the database is readable: see `python -m bot health`.
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 \
    CMD ["python", "-m", "bot", "health"]
CMD ["python", "-m", "bot", "run"]
