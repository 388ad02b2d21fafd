// swift-tools-version:6.1
import PackageDescription

/// One set of settings for every target (DESIGN.md: "one shared swiftSettings").
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "Uptake",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "uptake", targets: ["uptake"]),
        .library(name: "UptakeCore", targets: ["UptakeCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/vapor/sql-kit", from: "3.32.0"),
        .package(url: "https://github.com/vapor/sqlite-kit", from: "4.5.0"),
        .package(url: "https://github.com/vapor/postgres-kit", from: "2.13.0"),
        .package(url: "https://github.com/vapor/console-kit", from: "4.15.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.5.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        // Already in the graph through postgres-nio; named for SHA-256 (plan hashes, session and token hashes).
        .package(url: "https://github.com/apple/swift-crypto", "3.0.0"..<"5.0.0"),
    ],
    targets: [
        // The XGBoost C library (Debian `libxgboost-dev`), seen only by the `XGBoost` module.
        .systemLibrary(
            name: "CXGBoost",
            pkgConfig: "xgboost",
            providers: [.apt(["libxgboost-dev"])]
        ),
        .target(name: "XGBoost", dependencies: ["CXGBoost"], swiftSettings: swiftSettings),

        // Pure domain logic: values and functions, no database, no HTTP, no files (swift-crypto only hashes).
        .target(
            name: "UptakeCore",
            dependencies: ["XGBoost", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: swiftSettings
        ),

        // The synthetic demo territory; carries the GeoNames Ohio places table as a resource.
        .target(
            name: "UptakeDemo",
            dependencies: ["UptakeCore"],
            exclude: ["Resources/ATTRIBUTION.md"],
            resources: [.copy("Resources/ohio-places.csv")],
            swiftSettings: swiftSettings
        ),

        // Reading CRM exports (CSV, iCalendar) and column mappings into validated domain values.
        // The CSV reader is our own (see CSVRecordReader: CSV.swift measured ~10x slower, no line numbers);
        // CSV.swift stays as the peer in the import benchmark.
        .target(
            name: "UptakeImport",
            dependencies: [
                "UptakeCore",
                .product(name: "Yams", package: "Yams"),
            ],
            resources: [.copy("Mappings")],
            swiftSettings: swiftSettings
        ),
        // Parse and parse+validate throughput against yaslab/CSV.swift: `swift run -c release ImportBench FILE`.
        .executableTarget(
            name: "ImportBench",
            dependencies: ["UptakeImport", "UptakeCore", .product(name: "CSV", package: "CSV.swift")],
            path: "bench/import/ImportBench",
            swiftSettings: swiftSettings
        ),

        // Repository protocol, the sql-kit implementation for SQLite and PostgreSQL, migrations.
        .target(
            name: "UptakeStore",
            dependencies: [
                "UptakeCore",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),

        // Reports over stored data (funnel, pilot analysis, ROI from the measured uplift, model health, digest
        // input): one computation shared by the CLI, the digest and the web pages, so they read the same numbers.
        .target(name: "UptakeReports", dependencies: ["UptakeCore", "UptakeStore"], swiftSettings: swiftSettings),

        // Road travel times from an OSRM server's `table` service (URLSession), cached, for the planner.
        .target(name: "UptakeRouting", dependencies: ["UptakeCore"], swiftSettings: swiftSettings),

        // HTTP: buildApplication(...), controllers, middleware, Mustache templates and the app's own static files.
        .target(
            name: "UptakeServer",
            dependencies: [
                "UptakeCore",
                "UptakeStore",
                "UptakeReports",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Templates"), .copy("Static")],
            swiftSettings: swiftSettings
        ),

        // The command tree; `uptake` is a thin main over it so that commands and help are testable.
        .target(
            name: "UptakeCLI",
            dependencies: [
                "UptakeCore",
                "UptakeDemo",
                "UptakeImport",
                "UptakeStore",
                "UptakeReports",
                "UptakeServer",
                "UptakeRouting",
                "XGBoost",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "ConsoleKitTerminal", package: "console-kit"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(name: "uptake", dependencies: ["UptakeCLI"], swiftSettings: swiftSettings),

        // Shared test helpers: fixtures, a throwaway PostgreSQL server.
        .target(
            name: "UptakeTesting",
            dependencies: ["UptakeCore", "UptakeStore"],
            path: "Tests/UptakeTesting",
            swiftSettings: swiftSettings
        ),

        .testTarget(
            name: "XGBoostTests",
            dependencies: ["XGBoost"],
            exclude: ["Fixtures"],  // read from #filePath by the tests
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "UptakeCoreTests", dependencies: ["UptakeCore"], exclude: ["Fixtures"], swiftSettings: swiftSettings
        ),
        .testTarget(name: "UptakeDemoTests", dependencies: ["UptakeDemo", "UptakeCore"], swiftSettings: swiftSettings),
        .testTarget(
            name: "UptakeImportTests",
            dependencies: ["UptakeImport", "UptakeCore", "UptakeTesting"],
            exclude: ["Fixtures"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "UptakeStoreTests",
            dependencies: ["UptakeStore", "UptakeCore", "UptakeTesting"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "UptakeReportsTests",
            dependencies: ["UptakeReports", "UptakeStore", "UptakeCore", "UptakeTesting", "UptakeDemo"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "UptakeServerTests",
            dependencies: [
                "UptakeServer", "UptakeStore", "UptakeTesting", "UptakeDemo",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "UptakeRoutingTests",
            dependencies: [
                "UptakeRouting", "UptakeCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "UptakeCLITests",
            dependencies: [
                "UptakeCLI", "UptakeReports", "UptakeStore", "UptakeTesting", "UptakeDemo", "UptakeImport",
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
