# An insecure Node.js service image, for trying Shipshape out.
# An insecure Node.js service image, for trying Shipshape out.
# Every finding here is deliberate; `shipshape examples/` lists them.
ARG NODE_IMAGE=node

FROM ${NODE_IMAGE} AS build
WORKDIR /src
ARG NPM_TOKEN
ADD package.json package-lock.json ./
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc \
    && npm ci \
    && rm .npmrc
COPY . .
RUN npm run build

FROM node:20-slim
MAINTAINER Shipshape Examples <examples@example.com>
WORKDIR app
ENV NODE_ENV=production \
    DB_PASSWORD=changeme \
    DB_PASSWORD=c