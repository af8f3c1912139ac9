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

/// What the search of a workspace refuses, and that it never refuses in silence.
@Suite struct SourceFileFinderTests {
  static let organization = WorkspaceLoaderTests.organization

  func link(_ path: String, to target: String) throws {
    try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
  }

  func only(_ errors: [WorkspaceFileError]) throws -> WorkspaceFileError {
    #expect(errors.count == 1, "\(errors)")
    return try #require(errors.first)
  }

  @Test func aFIFONamedYAMLIsALocatedErrorAndNothingWaitsOnIt() throws {
    let folder = try TemporaryFolder()
    try folder.write("organization.yaml", Self.organization)
    let fifo = folder.path + "/x.yaml"
    #expect(mkfifo(fifo, 0o644) == 0)
    let result = WorkspaceLoader().load(paths: [folder.path])
    #expect(result.hasErrors)
    let diagnostic = try #require(result.diagnostics.first)
    #expect(diagnostic.location == SourceLocation(file: fifo, line: 0, column: 0))
    #expect(diagnostic.message.en.contains("a named pipe (FIFO), not a regular file"))
    #expect(diagnostic.message.sv.contains("ett namngivet rör (FIFO), inte en vanlig fil"))
  }

  @Test func aFIFOSwappedInAfterTheSearchIsRefusedWithoutBlocking() throws {
    // The race the search cannot close: the reader itself must not wait on a FIFO.
    let folder = try TemporaryFolder()
    let fifo = folder.path + "/late.yaml"
    #expect(mkfifo(fifo, 0o644) == 0)
    guard case .failure(.notARegularFile(.fifo)) = FileBytes.readRegularFile(path: fifo, limit: 1 << 20) else {
      Issue.record("a FIFO was not refused as a FIFO")
      return
    }
  }

  @Test func aFileNamedOnTheCommandLineThatIsAFIFOIsRefused() throws {
    let folder = try TemporaryFolder()
    let fifo = folder.path + "/given.yaml"
    #expect(mkfifo(fifo, 0o644) == 0)
    #expect(try only(SourceFileFinder.find([fifo]).errors) == .notARegularFile(fifo, kind: .fifo))
  }

  @Test func aNameThatIsNotUTF8IsAnErrorShowingItsBytes() throws {
    let folder = try TemporaryFolder()
    try folder.write("organization.yaml", Self.organization)
    // "café.yaml" in Latin-1, as an old archive would unpack it.
    let name: [UInt8] = Array("caf".utf8) + [0xE9] + Array(".yaml".utf8)
    let path = Array(folder.path.utf8) + [UInt8(ascii: "/")] + name + [0]
    let descriptor = path.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
    }
    #expect(descriptor >= 0)
    close(descriptor)
    let found = SourceFileFinder.find([folder.path])
    #expect(try only(found.errors) == .undecodableName(folder.path + "/caf\\xE9.yaml"))
    #expect(found.files.map(\.displayPath) == [folder.path + "/organization.yaml"])
  }

  @Test func aFolderThatCannotBeListedIsAnErrorNamingIt() throws {
    // Tests run as root, for whom chmod 000 stops nothing; the listing is made to fail instead.
    let folder = try TemporaryFolder()
    try folder.write("organization.yaml", Self.organization)
    try folder.write("locked/f.yaml", WorkspaceLoaderTests.followUp("f"))
    let found = SourceFileFinder.find([folder.path]) { path in
      path.hasSuffix("/locked") ? .failure(SystemErrorCode(EACCES)) : SourceFileFinder.entries(of: path)
    }
    let error = try only(found.errors)
    #expect(error == .unreadableFolder(folder.path + "/locked", SystemErrorCode(EACCES)))
    #expect(error.diagnostic.message.en.hasPrefix("the folder cannot be read (permission denied)"))
    #expect(error.diagnostic.message.sv.hasPrefix("mappen kan inte läsas (behörighet saknas)"))
  }

  @Test func listingAFileAsAFolderFailsWithItsReason() throws {
    let folder = try TemporaryFolder()
    let file = try folder.write("f.yaml", "a: 1\n")
    guard case .failure(let code) = SourceFileFinder.entries(of: file) else {
      Issue.record("a file was listed as a folder")
      return
    }
    #expect(code == SystemErrorCode(ENOTDIR))
  }

  @Test func aLinkToItselfIsABrokenLinkError() throws {
    let folder = try TemporaryFolder()
    try folder.write("organization.yaml", Self.organization)
    try link(folder.path + "/loop.yaml", to: "loop.yaml")
    #expect(
      try only(SourceFileFinder.find([folder.path]).errors)
        == .brokenLink(folder.path + "/loop.yaml", SystemErrorCode(ELOOP)))
  }

  @Test func aDanglingLinkIsAnErrorNotASilentGap() throws {
    let folder = try TemporaryFolder()
    try folder.write("organization.yaml", Self.organization)
    try link(folder.path + "/gone", to: "removed-folder")
    #expect(
      try only(SourceFileFinder.find([folder.path]).errors)
        == .brokenLink(folder.path + "/gone", SystemErrorCode(ENOENT)))
  }

  @Test func aLinkLeavingTheWorkspaceIsRefusedAndItsTargetNeverReadOrNamed() throws {
    let outside = try TemporaryFolder()
    let secret = try outside.write("environ", "TOKEN: [hemligt-värde\n")
    let folder = try TemporaryFolder()
    try folder.write("organization.yaml", Self.organization)
    try link(folder.path + "/env.yaml", to: secret)
    let result = WorkspaceLoader().load(paths: [folder.path])
    #expect(result.diagnostics.count == 1)
    let diagnostic = try #require(result.diagnostics.first)
    #expect(diagnostic.location == SourceLocation(file: folder.path + "/env.yaml", line: 0, column: 0))
    #expect(diagnostic.message == WorkspaceFileError.linkLeavesWorkspace(folder.path + "/env.yaml").diagnostic.message)
    var renderer = DiagnosticRenderer(language: .en, useColor: false)
    let printed = renderer.render(result.diagnostics)
    #expect(!printed.contains("hemligt"))
    #expect(!printed.contains(outside.path))
  }

  @Test func aLinkToAFolderOutsideTheWorkspaceIsRefused() throws {
    let outside = try TemporaryFolder()
    try outside.write("other.yaml", WorkspaceLoaderTests.followUp("other"))
    let folder = try TemporaryFolder()
    try folder.write("organization.yaml", Self.organization)
    try link(folder.path + "/shared", to: outside.path)
    #expect(try only(SourceFileFinder.find([folder.path]).errors) == .linkLeavesWorkspace(folder.path + "/shared"))
  }

  @Test func aLinkOutsideToAFileTillitWouldNotReadIsIgnoredLikeTheFile() throws {
    let outside = try TemporaryFolder()
    let readme = try outside.write("README.md", "# hej\n")
    let folder = try TemporaryFolder()
    try folder.write("organization.yaml", Self.organization)
    try link(folder.path + "/README.md", to: readme)
    #expect(SourceFileFinder.find([folder.path]).errors.isEmpty)
  }

  @Test func aLinkInsideTheWorkspaceIsFollowedAndItsFileReadOnce() throws {
    let folder = try TemporaryFolder()
    try folder.write("organization.yaml", Self.organization)
    try folder.write(".mallar/f.yaml", WorkspaceLoaderTests.followUp("f"))
    try link(folder.path + "/f.yaml", to: ".mallar/f.yaml")
    try link(folder.path + "/again.yaml", to: folder.path + "/f.yaml")
    let result = WorkspaceLoader().load(paths: [folder.path])
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    #expect(result.workspace.documents.map(\.id).sorted() == ["f", "org"])
  }

  @Test func aLinkSwappedInAfterTheSearchIsNotFollowedByTheRead() throws {
    let outside = try TemporaryFolder()
    let secret = try outside.write("secret.yaml", "a: 1\n")
    let folder = try TemporaryFolder()
    let file = try folder.write("f.yaml", WorkspaceLoaderTests.followUp("f"))
    let found = SourceFileFinder.find([folder.path])
    #expect(found.files.map(\.path) == [file])
    try FileManager.default.removeItem(atPath: file)
    try link(file, to: secret)
    let result = WorkspaceLoader(requiresOrganization: false).load(paths: [folder.path])
    // The search now sees the link and refuses it; the read itself would refuse it as well.
    #expect(result.diagnostics == [WorkspaceFileError.linkLeavesWorkspace(file).diagnostic])
    guard
      case .failure(.notARegularFile(.symbolicLink)) = FileBytes.readRegularFile(
        path: file, limit: 100, followingLinks: false)
    else {
      Issue.record("the read followed a link")
      return
    }
  }

  @Test func aLinkFoundInTheWorkspaceIsOpenedThroughItsResolvedTarget() throws {
    let folder = try TemporaryFolder()
    let target = try folder.write("sub/real.yaml", "a: 1\n")
    try link(folder.path + "/alias.yaml", to: "sub/real.yaml")
    let found = SourceFileFinder.find([folder.path + "/alias.yaml"])
    #expect(
      found.files == [
        SourceFileFinder.SourceFile(displayPath: folder.path + "/alias.yaml", path: target, isNamed: true)
      ])
  }

  @Test func aFileNamedOnTheCommandLineMayNotLinkOutOfItsFolder() throws {
    let outside = try TemporaryFolder()
    let secret = try outside.write("secret.yaml", "a: 1\n")
    let folder = try TemporaryFolder()
    try link(folder.path + "/env.yaml", to: secret)
    try folder.write("sub/real.yaml", "a: 1\n")
    try link(folder.path + "/near.yaml", to: "sub/real.yaml")
    let found = SourceFileFinder.find([folder.path + "/env.yaml", folder.path + "/near.yaml"])
    #expect(try only(found.errors) == .linkLeavesWorkspace(folder.path + "/env.yaml"))
    #expect(found.files.map(\.displayPath) == [folder.path + "/near.yaml"])
  }

  @Test func listingReadsEveryNameExactlyAcrossManyReadBuffers() throws {
    // Names of every length, enough of them to fill readdir's buffer many times over: each
    // name must come out whole and nothing past its record may be read. (The old code copied
    // the whole 256-byte d_name and, under AddressSanitizer, overflows the buffer here.)
    let folder = try TemporaryFolder()
    var expected: [String] = []
    for i in 0..<1_000 {
      let name = String(repeating: "n", count: i % 246) + "\(i).yaml"
      #expect(FileManager.default.createFile(atPath: folder.path + "/" + name, contents: nil))
      expected.append(name)
    }
    guard case .success(let entries) = SourceFileFinder.entries(of: folder.path) else {
      Issue.record("the folder could not be listed")
      return
    }
    let listed = entries.compactMap(\.name)
    let sorted = expected.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    let sameNames = listed == sorted
    #expect(sameNames, "\(listed.count) names listed of \(sorted.count)")
  }

  @Test func everyFileSystemErrorIsLocatedAtItsPathAndWordedInBothLanguages() {
    let errors: [WorkspaceFileError] = [
      .notFound("p"), .notYAML("p"), .notARegularFile("p", kind: .socket), .unreadableFolder("p", SystemErrorCode(EIO)),
      .unreadableFile("p", SystemErrorCode(EBADF)), .undecodableName("p"), .brokenLink("p", SystemErrorCode(ELOOP)),
      .linkLeavesWorkspace("p"),
    ]
    for error in errors {
      #expect(error.diagnostic.location == SourceLocation(file: "p", line: 0, column: 0))
      #expect(error.diagnostic.message.sv != error.diagnostic.message.en)
      #expect(!error.diagnostic.message.sv.isEmpty && !error.diagnostic.message.en.isEmpty)
    }
    #expect(
      WorkspaceFileError.unreadableFile("p", SystemErrorCode(EBADF)).diagnostic.message.sv.contains("systemfel EBADF"))
  }
}
