// Exercises: command-line flags - flag.NewFlagSet with String/Int/Bool/Duration/Var/Func, a fixed argument slice, Args, Visit/VisitAll, parse errors, subcommands
package main

import (
	"flag"
	"fmt"
	"io"
	"strings"
	"time"
)

type csvList []string

func (c *csvList) String() string { return strings.Join(*c, ",") }
func (c *csvList) Set(v string) error {
	*c = append(*c, strings.Split(v, ",")...)
	return nil
}

func main() {
	fs := flag.NewFlagSet("deploy", flag.ContinueOnError)
	env := fs.String("env", "staging", "target environment")
	replicas := fs.Int("replicas", 1, "number of replicas")
	dry := fs.Bool("dry-run", false, "only print the plan")
	wait := fs.Duration("wait", 30*time.Second, "health check timeout")
	var regions csvList
	fs.Var(&regions, "region", "regions (repeatable, comma separated)")
	var level int
	fs.Func("v", "verbosity as v, vv or vvv", func(s string) error { level = len(s); return nil })

	args := []string{"-env=prod", "--replicas", "3", "-dry-run", "-wait=1m30s", "-region", "eu,us", "-region=ap", "-v", "vv", "svc-a", "svc-b", "-ignored"}
	if err := fs.Parse(args); err != nil {
		fmt.Println("parse:", err)
	}
	fmt.Println(*env, *replicas, *dry, *wait, regions, len(regions), level)
	fmt.Println(fs.Args(), fs.NArg(), fs.Arg(1), fs.Arg(5) == "")
	fs.Visit(func(f *flag.Flag) { fmt.Print(f.Name, " ") })
	fmt.Println()
	fs.VisitAll(func(f *flag.Flag) { fmt.Printf("%s(%s) ", f.Name, f.DefValue) })
	fmt.Println()

	strict := flag.NewFlagSet("strict", flag.ContinueOnError)
	strict.SetOutput(io.Discard)
	strict.Int("port", 80, "")
	strict.Bool("tls", false, "")
	for _, bad := range [][]string{{"-port", "http"}, {"-nope"}, {"-tls=maybe"}, {"-port"}, {"-help"}} {
		err := strict.Parse(bad)
		fmt.Println(bad, "->", err, err == flag.ErrHelp)
	}

	for _, line := range []string{"add -n 2 x y", "rm -force file"} {
		words := strings.Fields(line)
		switch words[0] {
		case "add":
			add := flag.NewFlagSet("add", flag.ExitOnError)
			n := add.Int("n", 1, "")
			add.Parse(words[1:])
			fmt.Println("add", *n, add.Args())
		case "rm":
			rm := flag.NewFlagSet("rm", flag.ExitOnError)
			force := rm.Bool("force", false, "")
			rm.Parse(words[1:])
			fmt.Println("rm", *force, rm.Args())
		}
	}
}
