// swift-tools-version:6.1
// The evidence benchmark: builds only UptakeCore's Statistics/, Experiments/ and ROI/ (symlinked, so the
// numbers are the project's code) without the rest of the package's dependencies.
// Run: bench/evidence/run.sh
import PackageDescription

let swiftSettings: [SwiftSetting] = [.enableUpcomingFeature("ExistentialAny")]

let package = Package(
    name: "EvidenceBench",
    platforms: [.macOS(.v14)],
    targets: [
        .target(name: "UptakeEvidence", swiftSettings: swiftSettings),
        .executableTarget(name: "evidence-bench", dependencies: ["UptakeEvidence"], swiftSettings: swiftSettings),
    ]
)
