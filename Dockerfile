# One image, two processes: `node dist/apps/api/main.js` (HTTP, serves the web app) and
# `node dist/apps/worker/main.js` (BullMQ processors). docker-compose.yml runs both.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
RUN NX_DAEMON=false NX_NO_CLOUD=true npx nx run-many -t build precompress -p api worker web

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
ENV WEB_DIST=/app/dist/apps/web/browser PORT=3000
USER node
EXPOSE 3000
# V8's young generation at 2 MB a semi-space (default 16): 50 clients on /api/health alone grew the
# api to 285 MB RSS with 46 MB live in the heap, and to about 255 MB with this cap at the same
# throughput (tools/bench/load.bench.ts runs the api with the same flag).
CMD ["node", "--max-semi-space-size=2", "dist/apps/api/main.js"]
