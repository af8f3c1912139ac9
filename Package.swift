// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "tillit",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "TillitKit", targets: ["TillitKit"]),
    .executable(name: "tillit", targets: ["tillit"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    .systemLibrary(
      name: "CLibYAML",
      pkgConfig: "yaml-0.1",
      providers: [.apt(["libyaml-dev"])]
    ),
    .target(
      name: "TillitKit",
      dependencies: ["CLibYAML"],
      swiftSettings: [.swiftLanguageMode(.v6)],
      plugins: ["EmbedPolicies"]
    ),
    .executableTarget(
      name: "embed-policies",
      swiftSettings: [.swiftLanguageMode(.v6)]
    ),
    .plugin(
      name: "EmbedPolicies",
      capability: .buildTool(),
      dependencies: ["embed-policies"]
    ),
    .executableTarget(
      name: "tillit",
      dependencies: [
        "TillitKit",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: [.swiftLanguageMode(.v6)]
    ),
    .executableTarget(
      name: "tillit-bench",
      dependencies: ["TillitKit", "CLibYAML"],
      swiftSettings: [.swiftLanguageMode(.v6)]
    ),
    .testTarget(
      name: "TillitKitTests",
      dependencies: ["TillitKit"],
      swiftSettings: [.swiftLanguageMode(.v6)]
    ),
    .testTarget(
      name: "TillitBenchTests",
      dependencies: ["tillit-bench"],
      swiftSettings: [.swiftLanguageMode(.v6)]
    ),
    .testTarget(
      name: "EndToEndTests",
      dependencies: ["TillitKit"],
      swiftSettings: [.swiftLanguageMode(.v6)]
    ),
  ]
)
