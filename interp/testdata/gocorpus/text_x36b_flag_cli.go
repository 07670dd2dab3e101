package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"
)

type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error {
	if v == "" {
		return errors.New("empty include path")
	}
	*l = append(*l, v)
	return nil
}

type level int

func (l *level) String() string { return fmt.Sprintf("level(%d)", int(*l)) }
func (l *level) Set(v string) error {
	m := map[string]level{"debug": 0, "info": 1, "warn": 2, "error": 3}
	x, ok := m[strings.ToLower(v)]
	if !ok {
		return fmt.Errorf("unknown level %q", v)
	}
	*l = x
	return nil
}

type Options struct {
	Output   string
	Optimize int
	Verbose  bool
	Timeout  time.Duration
	Includes listFlag
	Log      level
	Files    []string
}

func parse(args []string) (*Options, error) {
	o := &Options{Log: 1}
	fs := flag.NewFlagSet("tinyc", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&o.Output, "o", "a.out", "output file")
	fs.IntVar(&o.Optimize, "O", 0, "optimization level")
	fs.BoolVar(&o.Verbose, "v", false, "verbose")
	fs.DurationVar(&o.Timeout, "timeout", 5*time.Second, "compile timeout")
	fs.Var(&o.Includes, "I", "include path (repeatable)")
	fs.Var(&o.Log, "log", "log level")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	o.Files = fs.Args()
	if len(o.Files) == 0 {
		return o, errors.New("no input files")
	}
	if o.Optimize < 0 || o.Optimize > 3 {
		return o, fmt.Errorf("-O%d out of range", o.Optimize)
	}
	var set []string
	fs.Visit(func(f *flag.Flag) { set = append(set, f.Name) })
	sort.Strings(set)
	if o.Verbose {
		fmt.Println("  explicitly set:", set)
	}
	return o, nil
}

func main() {
	cmds := []string{
		"main.tc",
		"-v -O 2 -o prog -I lib -I vendor/x main.tc util.tc",
		"-timeout=250ms -log=WARN -- -weird.tc",
		"-O 7 a.tc",
		"-log loud a.tc",
		"-I= a.tc",
		"-x a.tc",
		"-v",
		"-O two a.tc",
		"-h",
	}
	for _, c := range cmds {
		fmt.Printf("$ tinyc %s\n", c)
		o, err := parse(strings.Fields(c))
		if errors.Is(err, flag.ErrHelp) {
			fmt.Println("  (help requested)")
			continue
		}
		if err != nil {
			fmt.Println("  error:", err)
			if o == nil {
				continue
			}
		}
		fmt.Printf("  %+v\n", *o)
	}
}
