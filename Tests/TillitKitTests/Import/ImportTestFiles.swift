import Foundation
import ZIPFoundation

/// Files the import tests read or make: the committed fixtures, and small workbooks built
/// in the test (with ZIPFoundation) for inputs no spreadsheet program writes on purpose.
enum ImportTestFiles {
  static let fixtures: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/import")

  static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

  /// A new empty folder under the temporary directory.
  static func folder(_ label: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "tillit-import-\(label)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// A minimal workbook with one sheet named `sheet` whose `<sheetData>` is `rows`.
  static func workbook(
    at url: URL, sheet: String = "Blad1", rows: String, sharedStrings: [String] = [], date1904: Bool = false,
    sheetPart: Data? = nil
  ) throws {
    let archive = try Archive(url: url, accessMode: .create)
    func add(_ path: String, _ data: Data) throws {
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate,
        provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
    }
    try add(
      "[Content_Types].xml",
      Data(
        "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".utf8))
    try add(
      "xl/workbook.xml",
      Data(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr\(date1904 ? " date1904=\"1\"" : "")/><sheets><sheet name="\(sheet)" sheetId="1" r:id="rId1"/></sheets></workbook>
        """.utf8))
    try add(
      "xl/_rels/workbook.xml.rels",
      Data(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>
        """.utf8))
    let strings = sharedStrings.map { "<si><t>\($0)</t></si>" }.joined()
    try add(
      "xl/sharedStrings.xml",
      Data(
        "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">\(strings)</sst>"
          .utf8))
    try add(
      "xl/worksheets/sheet1.xml",
      sheetPart
        ?? Data(
          "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>\(rows)</sheetData></worksheet>"
            .utf8))
  }
}
