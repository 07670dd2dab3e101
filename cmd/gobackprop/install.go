package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/gobackprop/gobackprop/install"
)

func runInstall(args []string, remove bool) int {
	name := "install"
	if remove {
		name = "uninstall"
	}
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	user := fs.Bool("user", false, "the user's Jupyter data directory (the default)")
	sysPrefix := fs.Bool("sys-prefix", false, "the data directory of the Python that runs Jupyter")
	prefix := fs.String("prefix", "", "PREFIX/share/jupyter/kernels")
	kname := fs.String("name", "gobackprop", "kernelspec name")
	if pos, err := parseInterleaved(fs, args); err != nil || len(pos) > 0 {
		fmt.Fprint(os.Stderr, usage)
		return exitUsage
	}
	opts := install.Options{Scope: install.User, Name: *kname}
	switch {
	case *prefix != "":
		opts.Scope, opts.Prefix = install.Prefix, *prefix
	case *sysPrefix:
		opts.Scope = install.SysPrefix
	}
	_ = user
	if remove {
		dir, err := install.Uninstall(opts)
		if err != nil {
			fmt.Fprintln(os.Stderr, "gobackprop:", err)
			return exitFail
		}
		fmt.Println("removed kernelspec", dir)
		return exitOK
	}
	dir, err := install.Install(opts)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gobackprop:", err)
		return exitFail
	}
	fmt.Printf("installed kernelspec %s in %s\n", *kname, dir)
	return exitOK
}
