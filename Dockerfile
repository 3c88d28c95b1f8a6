FROM node:20-bookworm-slim AS build
RUN npm install -g pnpm@10
WORKDIR /app
COPY . .
RUN pnpm install --frozen-lockfile && pnpm build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PORT=3000 DATA_DIR=/app/.data
COPY --from=build /app /app
# The documents' directory belongs to the app's user (a volume mounted there inherits it).
RUN mkdir -p /app/.data/documents && chown -R node:node /app/.data
USER node
EXPOSE 3000
CMD ["node", "server/dist/main.js"]
