#!/bin/sh
# Writes register-losenord.xlsx: register-openpyxl.xlsx protected with the password
# "hemligt", as Excel's "Encrypt with password" does (an OOXML package encrypted inside a
# Compound File Binary container), with msoffcrypto-tool (pip install msoffcrypto-tool).
set -eu
cd "$(dirname "$0")"
msoffcrypto-tool -e -p hemligt register-openpyxl.xlsx register-losenord.xlsx
