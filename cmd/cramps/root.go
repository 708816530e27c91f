package main

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// version is set at release time with -ldflags "-X main.version=…"; a
// development build reports the module version or "dev".
var version = ""

func versionString() string {
	v := version
	if v == "" {
		v = "dev"
		if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
			v = info.Main.Version
		}
	}
	return fmt.Sprintf("cramps %s (%s)", v, runtime.Version())
}

func (a *app) rootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "cramps",
		Short: "A terminal diary for nocturnal leg cramps",
		Long: `cramps is a private diary for people woken at night by leg cramps.

Log last night in the morning, review the week, and see which of the
documented triggers go with more or fewer cramps in your own diary.
Everything stays in one file on this machine.

Run it without a command to open the diary.`,
		Version:       versionString(),
		Args:          cobra.NoArgs,
		SilenceErrors: true,
		SilenceUsage:  true,
		RunE:          runE(a.runTUI),
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			if a.batch != nil && cmd != cmd.Root() && cmd.Name() != "demo" {
				a.batch()
			}
			return emptyDateFlag(cmd)
		},
	}
	root.SetVersionTemplate("{{.Version}}\n")
	root.SetGlobalNormalizationFunc(dashes)
	root.PersistentFlags().StringVar(&a.db, "db", "", "the diary file (default $CRAMPS_DB, else $XDG_DATA_HOME/cramps/diary.db)")
	root.SetFlagErrorFunc(flagError)
	root.AddCommand(
		a.demoCmd(),
		a.logCmd(),
		a.showCmd(),
		a.listCmd(),
		a.weekCmd(),
		a.insightsCmd(),
		a.reportCmd(),
		a.exportCmd(),
		a.importCmd(),
		a.backupCmd(),
		a.checkCmd(),
		a.statusCmd(),
		a.flagsCmd(),
		a.trialCmd(),
	)
	a.addCompletions(root)
	knownSubcommands(root)
	root.SetHelpCommand(helpCmd())
	return root
}
