#!/usr/bin/env bash
# Fails when generated/ differs from what is committed (run it after `npm run generate`).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  echo "check-generated: not a git checkout, cannot compare generated/ with the committed files" >&2
  exit 1
fi
changes="$(git status --porcelain --untracked-files=all -- generated)"
if [ -n "$changes" ]; then
  echo "generated/ differs from what is committed after a fresh generation:" >&2
  echo "$changes" >&2
  git --no-pager diff --stat -- generated >&2 || true
  echo "Run 'npm run generate' and commit the result." >&2
  exit 1
fi
echo "generated/ matches a fresh generation"
