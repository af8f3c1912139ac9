import Foundation
import Testing

/// The release tarball (`scripts/release`) runs where there is no Swift: its binary needs
/// no Swift runtime library, and runs in a `chroot` that holds nothing but the binary, the
/// C libraries `ldd` names and a workspace. `scripts/install` installs it and refuses to
/// replace an installed tillit without `--force`.
@Suite(.serialized)
struct ReleaseBinaryTests {
  /// `TILLIT_RELEASE_TARBALL` (set by `.ci/run`, which builds it before the tests), else the
  /// newest `dist/tillit-*-linux-x86_64.tar.gz`. The release build takes minutes, so the
  /// tests do not start it: absent on a developer's machine they say so and pass; absent
  /// under CI (`CI` set) they fail.
  static func tarball(sourceLocation: Testing.SourceLocation = #_sourceLocation) -> URL? {
    if let path = ProcessInfo.processInfo.environment["TILLIT_RELEASE_TARBALL"], !path.isEmpty {
      return URL(fileURLWithPath: path)
    }
    let dist = TillitBinary.packageRoot.appendingPathComponent("dist")
    let candidates =
      ((try? FileManager.default.contentsOfDirectory(
        at: dist, includingPropertiesForKeys: [.contentModificationDateKey])) ?? [])
      .filter { $0.lastPathComponent.hasPrefix("tillit-") && $0.lastPathComponent.hasSuffix("-linux-x86_64.tar.gz") }
      .sorted {
        let first =
          (try? $0.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate) ?? .distantPast
        let second =
          (try? $1.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate) ?? .distantPast
        return first > second
      }
    if let newest = candidates.first { return newest }
    if let ci = ProcessInfo.processInfo.environment["CI"], !ci.isEmpty, ci != "false" {
      Issue.record(
        "no release tarball: CI builds it with scripts/release before the tests (.ci/run)",
        sourceLocation: sourceLocation)
    } else {
      print("skipped: no release tarball in dist/ (build one with scripts/release, about 5 minutes)")
    }
    return nil
  }

  /// The tarball unpacked into a scratch folder: its `tillit` and `LICENSE`.
  static func unpack(_ tarball: URL, into scratch: ScratchRepository) throws -> URL {
    let folder = scratch.base.appendingPathComponent("unpacked")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let run = try scratch.shell(
      "tar -xzf \(ScratchRepository.quoted(tarball.path)) -C \(ScratchRepository.quoted(folder.path)) --strip-components=1"
    )
    #expect(run.exitCode == 0, "\(run.transcript)")
    return folder
  }

  /// The libraries the dynamic linker would load for `binary`, as absolute paths.
  static func libraries(of binary: URL, in scratch: ScratchRepository) throws -> (paths: [String], listing: String) {
    let run = try scratch.shell("ldd \(ScratchRepository.quoted(binary.path))")
    #expect(run.exitCode == 0, "\(run.transcript)")
    var paths: [String] = []
    for line in run.standardOutput.split(separator: "\n") {
      // "libc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x…)" or "/lib64/ld-linux-x86-64.so.2 (0x…)"
      for word in line.split(whereSeparator: \.isWhitespace) where word.hasPrefix("/") { paths.append(String(word)) }
    }
    return (paths, run.standardOutput)
  }

  @Test func releaseBinaryNeedsNoSwiftRuntimeAndRunsInAChrootWithoutSwift() throws {
    guard let tarball = Self.tarball() else { return }
    let scratch = try ScratchRepository()
    defer { scratch.remove() }
    let checksum = try scratch.shell(
      "cd \(ScratchRepository.quoted(tarball.deletingLastPathComponent().path)) && sha256sum -c \(ScratchRepository.quoted(tarball.lastPathComponent + ".sha256"))"
    )
    #expect(checksum.exitCode == 0, "\(checksum.transcript)")
    let folder = try Self.unpack(tarball, into: scratch)
    let binary = folder.appendingPathComponent("tillit")
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("LICENSE").path))

    let libraries = try Self.libraries(of: binary, in: scratch)
    for unwanted in ["libswift", "libFoundation", "libdispatch", "libBlocksRuntime", "/opt/swift", "libyaml"] {
      #expect(!libraries.listing.contains(unwanted), "the release binary needs \(unwanted):\n\(libraries.listing)")
    }

    // A root holding only the binary, the libraries ldd names, and a workspace.
    let root = scratch.base.appendingPathComponent("root")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: binary, to: root.appendingPathComponent("tillit"))
    for library in libraries.paths {
      let target = root.appendingPathComponent(String(library.dropFirst()))
      try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
      // Copied, not linked: the symbolic links of /lib lead outside the root.
      try Data(contentsOf: URL(fileURLWithPath: library).resolvingSymlinksInPath()).write(to: target)
      // The kernel runs the dynamic loader only when it may execute it.
      try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: target.path)
    }
    try FileManager.default.copyItem(
      at: TillitBinary.packageRoot.appendingPathComponent("examples/exempelby"),
      to: root.appendingPathComponent("workspace"))
    let tarballVersion = tarball.lastPathComponent
      .replacingOccurrences(of: "tillit-", with: "").replacingOccurrences(of: "-linux-x86_64.tar.gz", with: "")

    // `env -i`: no PATH, no LD_LIBRARY_PATH, nothing of the toolchain's. /proc is the one
    // thing the root gets beside the files: the Swift runtime reads the program's arguments
    // from /proc/self/cmdline, and every Linux machine has it. The mount lives in a mount
    // namespace of its own and goes with it; without root, a user namespace of our own may
    // mount and chroot.
    try FileManager.default.createDirectory(at: root.appendingPathComponent("proc"), withIntermediateDirectories: true)
    let asRoot = getuid() == 0 ? "" : "--map-root-user"
    let inRoot =
      "env -i \"$(command -v unshare)\" \(asRoot) --mount --pid --fork --mount-proc=\(ScratchRepository.quoted(root.path))/proc \"$(command -v chroot)\" \(ScratchRepository.quoted(root.path))"
    let version = try scratch.shell("\(inRoot) /tillit --version")
    #expect(version.exitCode == 0, "\(version.transcript)")
    #expect(version.standardOutput == tarballVersion + "\n")
    let validate = try scratch.shell("\(inRoot) /tillit validate /workspace")
    #expect(validate.exitCode == 0, "\(validate.transcript)")
    #expect(validate.standardOutput.contains("34 documents"))
    let check = try scratch.shell("\(inRoot) /tillit check /workspace --format json --lang sv")
    // The shipped example has error findings: exit 1, and a complete report.
    #expect(check.exitCode == 1, "\(check.transcript)")
    let report = try JSONSerialization.jsonObject(with: Data(check.standardOutput.utf8)) as? [String: Any]
    #expect((report?["findings"] as? [Any])?.isEmpty == false)
    #expect(report?["language"] as? String == "sv")
  }

  @Test func installPutsTheReleaseUnderPrefixAndReplacesAnInstalledOneOnlyWithForce() throws {
    guard let tarball = Self.tarball() else { return }
    let scratch = try ScratchRepository()
    defer { scratch.remove() }
    let prefix = scratch.base.appendingPathComponent("prefix").path
    let install = "\(ScratchRepository.quoted(TillitBinary.packageRoot.path))/scripts/install"
    let arguments = "--prefix \(ScratchRepository.quoted(prefix)) \(ScratchRepository.quoted(tarball.path))"

    let first = try scratch.shell("\(install) \(arguments)")
    #expect(first.exitCode == 0, "\(first.transcript)")
    #expect(first.standardError.contains("Installed tillit"))
    let installed = try scratch.shell("\(ScratchRepository.quoted(prefix))/bin/tillit --version")
    #expect(installed.exitCode == 0, "\(installed.transcript)")

    let again = try scratch.shell("\(install) \(arguments)")
    #expect(again.exitCode == 2, "\(again.transcript)")
    #expect(again.standardError.contains("already exists"))
    #expect(again.standardError.contains("--force"))

    let forced = try scratch.shell("\(install) --force \(arguments)")
    #expect(forced.exitCode == 0, "\(forced.transcript)")
    #expect(forced.standardError.contains("Replacing \(prefix)/bin/tillit"))
  }

  @Test func installRefusesATarballThatDoesNotMatchItsChecksum() throws {
    let scratch = try ScratchRepository()
    defer { scratch.remove() }
    try scratch.write("tillit-9.9.9-linux-x86_64.tar.gz", "not a tarball")
    try scratch.write("tillit-9.9.9-linux-x86_64.tar.gz.sha256", String(repeating: "0", count: 64) + "  x\n")
    let run = try scratch.shell(
      "\(ScratchRepository.quoted(TillitBinary.packageRoot.path))/scripts/install --prefix prefix tillit-9.9.9-linux-x86_64.tar.gz"
    )
    #expect(run.exitCode == 2, "\(run.transcript)")
    #expect(run.standardError.contains("does not match its checksum"))
    #expect(!scratch.exists("prefix/bin/tillit"))
  }
}
