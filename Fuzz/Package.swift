// swift-tools-version:6.0
// libFuzzer targets for tillit, kept out of the root package so that `swift build --build-tests`
// stays fast and needs no sanitizer runtime. `scripts/fuzz` builds them into `.build-fuzz` with
// address sanitizer and coverage instrumentation for every module (TillitKit included).
//
// Not `--sanitize fuzzer`: SwiftPM then compiles every executable as a library, which breaks the
// EmbedPolicies build tool. Each target's main calls libFuzzer's driver instead.
import PackageDescription

let package = Package(
  name: "tillit-fuzz",
  platforms: [.macOS(.v13)],
  dependencies: [.package(name: "tillit", path: "..")],
  targets: [.target(name: "CFuzzDriver")]
    + ["FuzzYAML", "FuzzCEL", "FuzzDocuments", "FuzzPacks"].map { name in
      .executableTarget(
        name: name,
        dependencies: ["CFuzzDriver", .product(name: "TillitKit", package: "tillit")],
        swiftSettings: [.swiftLanguageMode(.v6)],
        linkerSettings: [.unsafeFlags(["-sanitize=fuzzer", "-use-ld=lld"])]
      )
    }
)
