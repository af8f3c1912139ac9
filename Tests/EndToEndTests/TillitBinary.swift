import Foundation
import Testing

/// Runs the built `tillit` executable, as a user or CI would.
enum TillitBinary {
  struct Run {
    var exitCode: Int32
    var standardOutput: String
    var standardError: String
  }

  /// The package's top folder, found from this file's place in `Tests/EndToEndTests/`.
  static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// `TILLIT_BINARY` if set; else the `tillit` built beside this test bundle.
  static var executable: URL {
    if let path = ProcessInfo.processInfo.environment["TILLIT_BINARY"] {
      return URL(fileURLWithPath: path)
    }
    var folder = Bundle.main.bundleURL
    if folder.pathExtension == "xctest" { folder.deleteLastPathComponent() }
    for candidate in [folder, URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()] {
      let url = candidate.appendingPathComponent("tillit")
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return folder.appendingPathComponent("tillit")
  }

  static func run(
    _ arguments: [String], environment: [String: String] = [:], currentDirectory: URL? = nil
  ) throws -> Run {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    var processEnvironment = ProcessInfo.processInfo.environment
    processEnvironment["LANG"] = "en_US.UTF-8"
    processEnvironment["LC_ALL"] = nil
    processEnvironment["LC_MESSAGES"] = nil
    processEnvironment["NO_COLOR"] = "1"
    for (key, value) in environment { processEnvironment[key] = value }
    process.environment = processEnvironment
    process.currentDirectoryURL = currentDirectory ?? packageRoot
    let output = Pipe()
    process.standardOutput = output
    // Standard error goes to a file: read from a pipe after standard output, a child that
    // writes more than a pipe holds to it (a sanitizer report, thousands of diagnostics)
    // would block for ever while we wait for standard output to end.
    let errorURL = FileManager.default.temporaryDirectory
      .appendingPathComponent("tillit-stderr-\(UUID().uuidString).txt")
    _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: errorURL) }
    let error = try FileHandle(forWritingTo: errorURL)
    process.standardError = error
    try process.run()
    // Read standard output before waiting, so a full pipe cannot block the child.
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try error.close()
    let errorData = try Data(contentsOf: errorURL)
    return Run(
      exitCode: process.terminationStatus,
      standardOutput: String(decoding: outputData, as: UTF8.self),
      standardError: String(decoding: errorData, as: UTF8.self))
  }
}
