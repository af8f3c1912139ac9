import Foundation
import Testing

@testable import CEL
@testable import TillitEngine
@testable import TillitFacts
@testable import TillitModel
@testable import TillitReports
@testable import TillitYAML

#if canImport(Glibc)
  import Glibc
#endif

/// Reports go to their file in pieces; the file must hold exactly what was written.
@Suite struct FileOutputStreamTests {
  @Test func smallAndLargerThanBufferPiecesArriveWholeAndInOrder() throws {
    let folder = try TemporaryFolder()
    let path = folder.path + "/out.txt"
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    #expect(descriptor >= 0)
    let stream = FileOutputStream(descriptor: descriptor)
    var expected = ""
    for i in 0..<5_000 {
      let piece = "rad \(i) åäö\n"
      stream.write(piece)
      expected += piece
    }
    let large = String(repeating: "x", count: 200_000)
    stream.write(large)
    stream.write("slut\n")
    expected += large + "slut\n"
    stream.flush()
    close(descriptor)
    #expect(stream.failure == nil)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == expected)
  }

  @Test func aFailedWriteIsRememberedForTheWriterToReport() {
    let stream = FileOutputStream(descriptor: -1)
    stream.write("x")
    stream.flush()
    #expect(stream.failure == EBADF)
  }

  @Test func everyFormatStreamsTheSameBytesItRenders() throws {
    let folder = try TemporaryFolder()
    try folder.write("organization.yaml", EngineTests.organization)
    try folder.write("a.yaml", "apiVersion: tillit/v1\nkind: FollowUp\nid: a\nname: A\n")
    let loaded = WorkspaceLoader().load(paths: [folder.path])
    let packs = ["trust", "gdpr"].compactMap { PolicyPackLoader().load($0).pack }
    let today = CalendarDate("2026-11-29")!
    let report = CheckReport(
      findings: Engine(packs: packs, today: today).check(loaded.workspace), documentCount: 2, fileCount: 2,
      today: today, failOn: .error, language: .sv, packs: packs,
      documents: loaded.workspace.documents.map { ($0.kind, $0.id, $0.location.file) })
    for format in ReportFormat.allCases where format != .html {
      let path = folder.path + "/report.\(format.rawValue)"
      try OutputFile.write(to: path) { stream in
        var stream = stream
        format.write(report, color: false, to: &stream)
      }
      #expect(try String(contentsOfFile: path, encoding: .utf8) == format.render(report, color: false), "\(format)")
    }
  }
}
