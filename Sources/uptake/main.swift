import UptakeCLI
await UptakeCommand.main()
