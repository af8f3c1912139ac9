// swift-tools-version:6.0
import PackageDescription

/// One target per layer, each importing only the layers below it, so that the compiler keeps
/// the arrows pointing one way (docs/architecture.md):
///
///     TillitYAML → CEL → TillitModel → TillitFacts → TillitEngine → TillitReports → tillit
///
/// `CEL` knows nothing of tillit (it imports nothing of ours) and is a library product of its
/// own; `TillitKit` is every library layer together, for programs that embed tillit.
let swiftSettings: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
  name: "tillit",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "CEL", targets: ["CEL"]),
    .library(
      name: "TillitKit",
      targets: [
        "TillitYAML", "CEL", "TillitModel", "TillitFacts", "TillitEngine", "TillitSpreadsheet", "TillitReports",
      ]),
    .executable(name: "tillit", targets: ["tillit"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    .package(url: "https://github.com/swiftcsv/SwiftCSV", exact: "0.10.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CLibYAML",
      pkgConfig: "yaml-0.1",
      providers: [.apt(["libyaml-dev"])]
    ),
    .target(
      name: "TillitYAML", dependencies: ["CLibYAML"], swiftSettings: swiftSettings, plugins: ["GenerateTexts"]),
    .target(name: "CEL", swiftSettings: swiftSettings, plugins: ["GenerateTexts"]),
    .target(
      name: "TillitModel",
      dependencies: ["TillitYAML", "CEL"],
      swiftSettings: swiftSettings,
      plugins: ["EmbedPolicies", "GenerateTexts"]
    ),
    .target(
      name: "TillitFacts", dependencies: ["TillitModel"], swiftSettings: swiftSettings, plugins: ["GenerateTexts"]),
    .target(
      name: "TillitEngine", dependencies: ["TillitFacts"], swiftSettings: swiftSettings, plugins: ["GenerateTexts"]),
    .target(
      name: "TillitReports", dependencies: ["TillitEngine", "TillitSpreadsheet"], swiftSettings: swiftSettings,
      plugins: ["GenerateTexts"]),
    .target(
      name: "TillitSpreadsheet",
      dependencies: ["TillitYAML", "CEL", "ZIPFoundation", "SwiftCSV"],
      swiftSettings: swiftSettings, plugins: ["GenerateTexts"]),
    .target(
      name: "TillitImport", dependencies: ["TillitSpreadsheet", "TillitModel"], swiftSettings: swiftSettings,
      plugins: ["GenerateTexts"]),
    .executableTarget(name: "embed-policies", swiftSettings: swiftSettings),
    .executableTarget(name: "generate-texts", swiftSettings: swiftSettings),
    .plugin(
      name: "GenerateTexts",
      capability: .buildTool(),
      dependencies: ["generate-texts"]
    ),
    .plugin(
      name: "EmbedPolicies",
      capability: .buildTool(),
      dependencies: ["embed-policies"]
    ),
    .executableTarget(
      name: "tillit",
      dependencies: [
        "TillitReports", "TillitImport",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: swiftSettings,
      plugins: ["GenerateTexts"]
    ),
    .executableTarget(
      name: "tillit-bench",
      dependencies: ["TillitReports", "CLibYAML"],
      swiftSettings: swiftSettings
    ),
    // What the test targets share: finding ../shared, whose absence fails a test under CI.
    .target(name: "TillitTestSupport", path: "Tests/TestSupport", swiftSettings: swiftSettings),
    .testTarget(name: "CELTests", dependencies: ["CEL", "TillitTestSupport"], swiftSettings: swiftSettings),
    .testTarget(
      name: "TillitKitTests",
      dependencies: [
        "TillitYAML", "CEL", "TillitModel", "TillitFacts", "TillitEngine", "TillitReports", "TillitSpreadsheet",
        "TillitTestSupport",
        "TillitImport", "ZIPFoundation",
        // The command line, for its message catalogue (texts/tillit.yaml) in MessageCatalogueTests.
        "tillit",
      ],
      swiftSettings: swiftSettings),
    .testTarget(name: "TillitBenchTests", dependencies: ["tillit-bench"], swiftSettings: swiftSettings),
    .testTarget(name: "GenerateTextsTests", dependencies: ["generate-texts"], swiftSettings: swiftSettings),
    .testTarget(
      name: "EndToEndTests",
      dependencies: [
        "TillitYAML", "CEL", "TillitModel", "TillitFacts", "TillitEngine", "TillitReports", "TillitSpreadsheet",
        "TillitTestSupport",
      ],
      swiftSettings: swiftSettings),
  ]
)
