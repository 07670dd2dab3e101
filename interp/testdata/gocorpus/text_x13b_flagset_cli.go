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
		return errors.New("empty value")
	}
	*l = append(*l, strings.Split(v, ",")...)
	return nil
}

type levelFlag int

func (l *levelFlag) String() string { return [...]string{"debug", "info", "warn"}[*l] }
func (l *levelFlag) Set(v string) error {
	for i, n := range []string{"debug", "info", "warn"} {
		if n == v {
			*l = levelFlag(i)
			return nil
		}
	}
	return fmt.Errorf("level must be debug|info|warn, got %q", v)
}

type options struct {
	port    int
	verbose bool
	name    string
	tags    listFlag
	level   levelFlag
	ratio   float64
}

func parse(args []string) (*options, []string, error) {
	o := &options{level: 1}
	fs := flag.NewFlagSet("svc", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.IntVar(&o.port, "port", 8080, "listen port")
	fs.BoolVar(&o.verbose, "v", false, "verbose")
	fs.StringVar(&o.name, "name", "svc", "service name")
	fs.Var(&o.tags, "tag", "tags (repeatable)")
	fs.Var(&o.level, "level", "log level")
	fs.Float64Var(&o.ratio, "ratio", 0.5, "sample ratio")
	if err := fs.Parse(args); err != nil {
		return nil, nil, fmt.Errorf("svc: %w", err)
	}
	var set []string
	fs.Visit(func(f *flag.Flag) { set = append(set, f.Name+"="+f.Value.String()) })
	return o, append(set, "rest="+strings.Join(fs.Args(), " ")), nil
}

func main() {
	cases := [][]string{
		{},
		{"-port", "9000", "-v", "-tag", "a,b", "--tag=c", "serve", "now"},
		{"-level=warn", "-ratio", "0.125", "--", "-notaflag"},
		{"-port", "eighty"},
		{"-level", "loud"},
		{"-unknown"},
		{"-h"},
	}
	for _, args := range cases {
		o, set, err := parse(args)
		if err != nil {
			fmt.Printf("%q -> error: %v (help=%t)\n", args, err, errors.Is(err, flag.ErrHelp))
			continue
		}
		fmt.Printf("%q -> port=%d v=%t name=%s tags=%v level=%v ratio=%g\n   set: %v\n",
			args, o.port, o.verbose, o.name, o.tags, &o.level, o.ratio, set)
	}
}
