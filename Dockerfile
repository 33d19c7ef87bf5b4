# syntax=docker/dockerfile:1
# The dutymap API (it also serves the built web UI). Stage 1 builds every package as CI does; stage 2
# holds only what `npm start` runs: the built packages, their production dependencies, the seeds.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY . .
# `npm ci` runs the root `prepare` script, which builds every package (turbo run build).
RUN npm ci --no-audit --no-fund && npm run build

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8080 DUTYMAP_DATA_DIR=/data
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/packages/model/package.json packages/model/
COPY --from=build /app/packages/ingest/package.json packages/ingest/
COPY --from=build /app/packages/ingest/bin packages/ingest/bin
COPY --from=build /app/packages/graph/package.json packages/graph/
COPY --from=build /app/packages/search/package.json packages/search/
COPY --from=build /app/apps/api/package.json apps/api/
COPY --from=build /app/apps/web/package.json apps/web/
# The API's production dependencies only (no build tools, no UI libraries); no scripts run.
RUN npm ci --omit=dev -w @dutymap/api --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/packages/model/dist packages/model/dist
COPY --from=build /app/packages/ingest/dist packages/ingest/dist
COPY --from=build /app/packages/ingest/data packages/ingest/data
COPY --from=build /app/packages/graph/dist packages/graph/dist
COPY --from=build /app/packages/search/dist packages/search/dist
COPY --from=build /app/apps/api/dist apps/api/dist
COPY --from=build /app/apps/web/dist apps/web/dist
COPY --from=build /app/seeds seeds
# Uploads live in DUTYMAP_DATA_DIR: mount one volume there, shared by every instance.
RUN mkdir -p /data && chown node:node /data
VOLUME /data
USER node
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/healthz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["npm", "start"]
