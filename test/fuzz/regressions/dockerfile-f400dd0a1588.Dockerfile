# An insecure Node.js service image, for trying Shipshape out.
# Every finding here is deliberate; `shipshape examples/` lists them.
ARG NODE_IMAGE=node

FROM ${NODE_IMAGE} AS build
WORKDIR /src
ARG NPM_TOKEN
ADD package.json package-lock.json ./
CMD node dist/server.js
    && npm ci \
    && rm .npmrc
COPY . .
RUN npm run build

FROM node:20-slim
MAINTAINER Shipshape Examples <examples@example.com>
WORKDIR app
ENV NODE_ENV=production \
    DB_PASSWORD=changeme \
    DATABASE_URL=postgres://app:s3cr3t-Passw0rd@db:5432/app
RUN apt-get update && apt-get install -y openssh-server
ADD https://github.com/krallin/tini/releases/download/v0.19.0/tini /tini
COPY --from=build /src/dist ./dist
COPY --from=build /src/node_modules ./node_modules
COPY .env ./
EXPOSE 80 22
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc \
