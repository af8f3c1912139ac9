"""Writes register-openpyxl.xlsx and uppfoljningar-openpyxl.xlsx with openpyxl.

A register as a data-protection officer keeps it: a title row merged across the table,
Swedish headings (one merged down two rows, one group heading merged across two columns),
an empty row between entries, dates as Excel serials (date-formatted cells) and as text.
Run: pip install openpyxl && python3 make_openpyxl.py
"""
import datetime
from openpyxl import Workbook

wb = Workbook()
ws = wb.active
ws.title = "Register"
ws["A1"] = "Registerförteckning Exempelby kommun"
ws.merge_cells("A1:L1")
headings = ["Behandling", "Status", "Personuppgiftsansvarig", "Ändamål", "Rättslig grund", "Lagrum",
            None, None, "Mottagare", "Överföring till tredje land", "Gallring", "Säkerhetsåtgärder",
            "Senast granskad"]
for column, heading in enumerate(headings, start=1):
    if heading:
        ws.cell(row=2, column=column, value=heading)
# Group heading merged across G2:H2, with its two sub-headings in row 3.
ws["G2"] = "Kategorier av"
ws.merge_cells("G2:H2")
ws["G3"] = "registrerade"
ws["H3"] = "personuppgifter"
# The other headings are merged down over rows 2–3.
for column in [1, 2, 3, 4, 5, 6, 9, 10, 11, 12, 13]:
    ws.merge_cells(start_row=2, start_column=column, end_row=3, end_column=column)

rows = [
    ["Skolskjutsärenden", "Aktiv", "bun", "Pröva rätten till skolskjuts och planera turer", "Myndighetsutövning",
     "Skollagen (2010:800) 10 kap. 32 §", "Elev; Vårdnadshavare", "Namn; Adress; Skolplacering",
     "Exempelby Taxi AB (personuppgiftsbiträde)", "Nej", "Gallras efter 2 år", "Behörighetsstyrning; Loggning; Säkerhetskopiering",
     datetime.date(2026, 8, 1)],
    None,
    ["Trygghetslarm i hemtjänsten", "aktiv", "Socialnämnden", "Larma hjälp dygnet runt", "Allmänt intresse",
     "Socialtjänstlagen (2001:453)", "Omsorgstagare", "Namn; Hälsa; Larmhändelser; Skonummer",
     "Larmcentralen AB (personuppgiftsbiträde); Inga andra", "Ja, USA (molntjänst)", "Bevaras",
     "Kryptering; Tvåfaktorsinloggning", "2025-11-03"],
    ["Elevhälsans journaler", "Planerad", "bun", None, "Rättslig förpliktelse", None, "Elev", "Hälsa",
     "Inga", "Nej", "10 år", "Loggning; Logguppföljning", 45000],
]
row_number = 4
for row in rows:
    if row is not None:
        for column, value in enumerate(row, start=1):
            if value is None:
                continue
            cell = ws.cell(row=row_number, column=column, value=value)
            if isinstance(value, datetime.date):
                cell.number_format = "yyyy-mm-dd"
            elif column == 13 and isinstance(value, int):
                cell.number_format = "yyyy-mm-dd"
    row_number += 1
wb.save("register-openpyxl.xlsx")

wb = Workbook()
ws = wb.active
ws.title = "Uppföljningar"
ws.append(["Uppföljning", "Ägande funktion", "Ansvarig", "Syfte", "Respondentroll", "Antal", "Minuter per svar",
           "Frekvens", "Indikator", "Definition", "Källa"])
ws.append(["Tidsregistrering i hemtjänsten", "Ekonomi", "Controller vård och omsorg",
           "Underlag för ersättning", "assistant_nurse", 420, 6, "Dagligen", "Utförd tid per brukare",
           "Minuter hos brukaren per besök", "Manuell"])
ws.append(["Tidsregistrering i hemtjänsten", "Ekonomi", "Controller vård och omsorg",
           "Underlag för ersättning", "assistant_nurse", 420, 6, "Dagligen", "Antal besök",
           "Besök per brukare och dag", "System"])
ws.append([])
ws.append(["Medarbetarenkät", "HR", "HR-chef", "Lärande", "Alla medarbetare", 3000, 20, "En gång per år",
           "Hållbart medarbetarengagemang", None, "Enkät"])
wb.save("uppfoljningar-openpyxl.xlsx")
