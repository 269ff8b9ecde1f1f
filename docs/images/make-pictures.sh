#!/usr/bin/env bash
# Regenerates today.png and contacts.png: the workbook `npm start` makes, rendered by LibreOffice.
# Needs soffice (LibreOffice) and pdftoppm (poppler-utils). Run from anywhere in the repository.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$root"
npm start --silent -- --source "$work/contacts.xlsx" --today 2026-11-25 >/dev/null
# One page per tab, in tab order: Today, Contacts, Settings, Templates, Run log.
soffice --headless \
  --convert-to 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}' \
  --outdir "$work" "$work/contacts.xlsx" >/dev/null 2>&1
# Today's top left; the whole Contacts tab is too wide to read at once, so two shots of it:
# the columns a person types in (contacts-input.png) and Tend's columns (contacts.png).
pdftoppm -png -r 60 -f 1 -l 1 -W 1500 -H 620 "$work/contacts.pdf" "$work/today"
pdftoppm -png -r 60 -f 2 -l 2 -W 1500 -H 520 "$work/contacts.pdf" "$work/contacts-input"
pdftoppm -png -r 60 -f 2 -l 2 -x 2420 -W 1540 -H 520 "$work/contacts.pdf" "$work/contacts"
cp "$work"/today-1.png "$here/today.png"
cp "$work"/contacts-input-2.png "$here/contacts-input.png"
cp "$work"/contacts-2.png "$here/contacts.png"
ls -l "$here"/*.png
