#!/bin/sh
# Writes register-libreoffice.xlsx from the hand-written register-libreoffice.fods with
# LibreOffice headless (Debian: apt-get install -y libreoffice-calc-nogui). The .fods has a
# title row, a group heading merged over two columns, an empty row, dates as date cells
# (serials in the .xlsx, in the 1904 date system) and as text.
set -eu
cd "$(dirname "$0")"
soffice --headless --convert-to xlsx --outdir . register-libreoffice.fods
