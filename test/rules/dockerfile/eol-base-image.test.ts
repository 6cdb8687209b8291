import rule from '../../../rules/src/rules/dockerfile/eol-base-image.js';
import { runRuleTests } from '../../rule-tester.js';

const now = new Date('2026-11-29T12:00:00Z');

runRuleTests(rule, {
  valid: [
    { code: 'FROM debian:trixie-slim\nFROM node:22-alpine\nFROM python:3.12-slim-bookworm\nFROM golang:1.25\nFROM alpine:3.22\n', now },
    { name: 'Node.js 18 before its end of life', code: 'FROM node:18\n', now: new Date('2025-04-29T23:59:59Z') },
    { name: 'Python 3.9 before its end of life', code: 'FROM python:3.9\n', now: new Date('2025-06-01') },
    { name: 'not an official image', code: 'FROM myorg/python:3.6\nFROM ghcr.io/org/centos:7\n', now },
    { name: 'a version that only starts like an EOL one', code: 'FROM alpine:3.220\nFROM node:160\n', now },
    { name: 'untagged and floating tags', code: 'FROM node\nFROM python:3\nFROM golang:1-alpine\n', now },
    { name: 'stages and unknown images', code: 'FROM $BASE AS a\nFROM a\n', now },
  ],
  invalid: [
    {
      code: 'FROM node:16-alpine\n',
      now,
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 20, message: 'The base image node:16-alpine of stage 0 is Node.js 16, which reached end of life on 2023-09-11', object: 'stage/0', severity: 'warning' }],
      output: null,
    },
    {
      name: 'the tags the catalog names',
      code: 'FROM python:3.7-slim-buster\nFROM ubuntu:18.04\nFROM debian:buster-slim\nFROM alpine:3.12.0\nFROM centos\nFROM openjdk:17-jdk-slim\n',
      now,
      errors: [
        { line: 1, column: 6, endLine: 1, endColumn: 28, message: 'is Python 3.7, which reached end of life on 2023-06-27' },
        { line: 2, column: 6, endLine: 2, endColumn: 18, message: 'Ubuntu 18.04 (bionic)' },
        { line: 3, column: 6, endLine: 3, endColumn: 24, message: 'Debian 10 (buster), which reached end of life on 2024-06-30' },
        { line: 4, column: 6, endLine: 4, endColumn: 19, message: 'Alpine Linux 3.12' },
        { line: 5, column: 6, endLine: 5, endColumn: 12, message: 'the centos image is deprecated' },
        { line: 6, column: 6, endLine: 6, endColumn: 25, message: 'the image is deprecated' },
      ],
      output: null,
    },
    {
      name: 'Node.js 18 on the day it reached end of life',
      code: 'FROM node:18-bookworm-slim AS web\n',
      now: new Date('2025-04-30T00:00:00Z'),
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 27, message: 'Node.js 18', object: 'stage/web' }],
      output: null,
    },
    {
      name: 'an EOL distribution named by a supported runtime tag',
      code: 'FROM python:3.12-slim-buster\nFROM node:22-alpine3.18\n',
      now,
      errors: [
        { line: 1, column: 6, endLine: 1, endColumn: 29, message: 'is built on Debian 10 (buster)' },
        { line: 2, column: 6, endLine: 2, endColumn: 24, message: 'is built on Alpine Linux 3.18' },
      ],
      output: null,
    },
    {
      name: 'Docker Hub spellings, ARG defaults, codenames and CentOS releases',
      code: 'ARG GO=golang:1.21-alpine\nFROM ${GO} AS build\nFROM docker.io/library/ubuntu:bionic-20230530\nFROM centos:centos7\nFROM node:gallium\n',
      now,
      errors: [
        { line: 2, column: 6, endLine: 2, endColumn: 11, message: 'Go 1.21' },
        { line: 3, column: 6, endLine: 3, endColumn: 46, message: 'Ubuntu 18.04' },
        { line: 4, column: 6, endLine: 4, endColumn: 20, message: 'CentOS Linux 7, which reached end of life on 2024-06-30' },
        { line: 5, column: 6, endLine: 5, endColumn: 18, message: 'Node.js 16' },
      ],
      output: null,
    },
  ],
});
