// Command gobackprop is a Jupyter kernel for Go, built for learning and
// teaching backpropagation.
//
//	gobackprop kernel CONNECTION_FILE    what Jupyter runs (see install)
//	gobackprop install [--user|--sys-prefix|--prefix DIR] [--name NAME]
//	gobackprop uninstall [--user|--sys-prefix|--prefix DIR] [--name NAME]
//	gobackprop run NOTEBOOK.ipynb [-o OUT.ipynb] [--timeout D] [--allow-errors]
//	gobackprop version
package main

import (
	"fmt"
	"os"

	"github.com/gobackprop/gobackprop/autodiff"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

const usage = `gobackprop - a Jupyter kernel for Go, for learning backpropagation

Usage:
  gobackprop kernel [--log-level debug] CONNECTION_FILE
  gobackprop install [--user | --sys-prefix | --prefix DIR] [--name NAME] [--memory-limit SIZE] [--data DIR]
  gobackprop uninstall [--user | --sys-prefix | --prefix DIR] [--name NAME]
  gobackprop run NOTEBOOK.ipynb... [-o OUT.ipynb | --outdir DIR] [--timeout D] [--allow-errors]
  gobackprop assign SOURCE.ipynb -o STUDENT.ipynb
  gobackprop grade --source SOURCE.ipynb [-j N] [--json F] [--junit F] [--markdown F] [--feedback DIR]
        [--csv F] [--shard I/N] [--timeout-cell D] [--timeout-total D] [--memory SIZE] [--fail-under SCORE]
        SUBMISSION.ipynb... | DIR
  gobackprop grade merge [--title T] [--json F] [--junit F] [--markdown F] [--csv F] REPORT.json...
  gobackprop version
`

func main() {
	os.Exit(dispatch(os.Args[1:]))
}

// Exit codes.
const (
	exitOK    = 0
	exitFail  = 1
	exitUsage = 2
)

func dispatch(args []string) int {
	if len(args) == 0 {
		fmt.Fprint(os.Stderr, usage)
		return exitUsage
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "kernel":
		return runKernel(rest)
	case "install":
		return runInstall(rest, false)
	case "uninstall":
		return runInstall(rest, true)
	case "run":
		return runNotebooks(rest)
	case "assign":
		return runAssign(rest)
	case "grade":
		return runGrade(rest)
	case "grade-worker":
		return runGradeWorker(rest)
	case "worker":
		return runWorker(rest)
	case "version", "--version", "-v":
		fmt.Println("gobackprop", version)
		fmt.Println("BLAS:", autodiff.BLAS())
		return exitOK
	case "help", "-h", "--help":
		fmt.Print(usage)
		return exitOK
	}
	fmt.Fprintf(os.Stderr, "gobackprop: unknown command %q\n\n%s", cmd, usage)
	return exitUsage
}
