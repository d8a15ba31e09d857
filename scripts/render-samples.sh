#!/usr/bin/env bash
# Renders every seed in samples/seeds as LibreOffice makes an ordinary report into PDF and .docx (narrow table
# columns, wrapped labels, tables across pages with page numbers), and the real web pages in samples/real-html as they
# are (Word-pasted tables: underlined labels, wrapped label cells, table 三 across pages), into
# src/test/resources/renderings/libreoffice.
# The results are committed: tests read them, so CI needs no LibreOffice. Run again when the seeds or
# LibreOfficeSources change. Needs: apt-get install -y libreoffice-writer-nogui fonts-noto-cjk
set -euo pipefail
cd "$(dirname "$0")/.."
command -v soffice >/dev/null || { echo "soffice not found: apt-get install -y libreoffice-writer-nogui fonts-noto-cjk" >&2; exit 1; }
out=src/test/resources/renderings/libreoffice
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt"
java -cp "target/test-classes:target/classes:$(cat "$work/cp.txt")" cn.zwgk.audit.read.LibreOfficeSources "$work/html"
mkdir -p "$out"
profile="file://$work/profile"   # a profile of its own: no clash with a LibreOffice already running
soffice -env:UserInstallation="$profile" --headless --infilter="HTML (StarWriter)" --convert-to pdf \
    --outdir "$out" "$work"/html/*.html >/dev/null
soffice -env:UserInstallation="$profile" --headless --infilter="HTML (StarWriter)" \
    --convert-to 'docx:MS Word 2007 XML' --outdir "$out" "$work"/html/*.html >/dev/null
soffice -env:UserInstallation="$profile" --headless --infilter="HTML (StarWriter)" --convert-to pdf \
    --outdir "$out" samples/real-html/*.html >/dev/null
soffice -env:UserInstallation="$profile" --headless --infilter="HTML (StarWriter)" \
    --convert-to 'docx:MS Word 2007 XML' --outdir "$out" samples/real-html/*.html >/dev/null
ls -l "$out"
