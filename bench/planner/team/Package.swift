// swift-tools-version:6.1
// Team-mode timing of the day planner: 1 rep × 500 candidates and 50 reps × 5,000 candidates in Ohio.
// Run: swift run -c release --package-path bench/planner/team TeamTiming
import PackageDescription

let package = Package(
    name: "TeamTiming",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "Uptake", path: "../../..")],
    targets: [
        .executableTarget(
            name: "TeamTiming",
            dependencies: [.product(name: "UptakeCore", package: "Uptake")],
            swiftSettings: [.enableUpcomingFeature("ExistentialAny")]
        ),
    ]
)
