package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error {
	if v == "" {
		return errors.New("empty tag")
	}
	*l = append(*l, v)
	return nil
}

type options struct {
	verbose bool
	count   int
	name    string
	tags    listFlag
	rest    []string
}

func parse(args []string) (*options, error) {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	o := &options{}
	fs.BoolVar(&o.verbose, "v", false, "verbose output")
	fs.IntVar(&o.count, "n", 1, "repeat count")
	fs.StringVar(&o.name, "name", "world", "who to greet")
	fs.Var(&o.tags, "tag", "tag (repeatable)")
	if err := fs.Parse(args); err != nil {
		return nil, fmt.Errorf("parse %v: %w", args, err)
	}
	o.rest = fs.Args()
	return o, nil
}

func run(args []string) {
	o, err := parse(args)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("opts: %+v\n", *o)
	for i := 0; i < o.count; i++ {
		msg := "hello, " + o.name
		if o.verbose {
			msg += fmt.Sprintf(" (#%d, tags=%s)", i+1, o.tags.String())
		}
		fmt.Println(msg)
	}
	if len(o.rest) > 0 {
		fmt.Printf("positional: %q\n", o.rest)
	}
}

func main() {
	cases := [][]string{
		{},
		{"-v", "-n", "2", "-name=gopher", "-tag", "a", "-tag=b", "file1", "file2"},
		{"-n", "abc"},
		{"-unknown"},
		{"-tag", ""},
		{"--name", "double-dash", "--", "-v"},
	}
	for _, c := range cases {
		fmt.Println("$ tool", strings.Join(c, " "))
		run(c)
	}
	_, err := parse([]string{"-h"})
	fmt.Println("help is ErrHelp:", errors.Is(err, flag.ErrHelp))
}
