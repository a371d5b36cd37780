# The Readout image: every stage runs from it with `readout run --stages …` (see docker-compose.yml).
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 READOUT_DATA_DIR=/data
WORKDIR /app
COPY pyproject.toml README.md scrapy.cfg ./
COPY streams ./streams
COPY crawlers ./crawlers
COPY extract ./extract
COPY index ./index
COPY readout ./readout
COPY samples ./samples
RUN pip install --upgrade pip && pip install .
VOLUME /data
EXPOSE 8321
ENTRYPOINT ["readout"]
CMD ["run"]
