import ArgumentParser

extension UptakeCommand {
    /// Parses the process's arguments and runs the chosen command, exiting with its status.
    ///
    /// The executable calls this rather than `main()`: from top-level code, `main()` can resolve to
    /// `ParsableCommand`'s synchronous form, which never runs an async command.
    ///
    /// - Parameter arguments: The arguments, or nil for the process's own.
    public static func runAsRoot(_ arguments: [String]? = nil) async {
        do {
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}
