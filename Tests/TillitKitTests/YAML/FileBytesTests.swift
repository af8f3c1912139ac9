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
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading by path, as packs and `tillit.yaml` are read: regular files only, never a wait.
@Suite struct FileBytesTests {
  @Test func aPackOrConfigurationPathThatIsAFIFOIsAnErrorNotAHang() throws {
    let folder = try TemporaryFolder()
    let fifo = folder.path + "/tillit.yaml"
    #expect(mkfifo(fifo, 0o644) == 0)
    let read = YAMLReader().read(path: fifo, displayPath: "tillit.yaml")
    #expect(read.documents.isEmpty)
    #expect(read.errors.count == 1)
    let message = try #require(read.errors.first).diagnostic.message
    #expect(message.en == "the file cannot be read: this is a named pipe (FIFO), not a regular file")
    #expect(message.sv == "filen kan inte läsas: det här är ett namngivet rör (FIFO), inte en vanlig fil")
  }

  @Test func aFolderIsRefusedAsAFolder() throws {
    let folder = try TemporaryFolder()
    guard case .failure(.notARegularFile(.folder)) = FileBytes.readRegularFile(path: folder.path, limit: 100) else {
      Issue.record("a folder was not refused as a folder")
      return
    }
  }

  @Test func aRegularFileIsReadWholeAndTheLimitStillHolds() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("a.yaml", "a: 1\n")
    #expect(try FileBytes.readRegularFile(path: path, limit: 100).get() == Array("a: 1\n".utf8))
    guard case .failure(.tooLarge(bytes: 5)) = FileBytes.readRegularFile(path: path, limit: 4) else {
      Issue.record("the limit did not hold")
      return
    }
  }

  @Test func aMissingFileSaysSoInBothLanguages() {
    guard case .failure(.system(let code)) = FileBytes.readRegularFile(path: "/nonexistent/x.yaml", limit: 100) else {
      Issue.record("a missing file was read")
      return
    }
    #expect(code.description == LocalizedText(sv: "den finns inte", en: "it does not exist"))
  }
}
