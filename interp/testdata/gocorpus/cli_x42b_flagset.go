package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"strings"
	"time"
)

type stringList []string

func (s *stringList) String() string { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error {
	if v == "" {
		return errors.New("empty value")
	}
	*s = append(*s, v)
	return nil
}

type level int

func (l *level) String() string { return [...]string{"debug", "info", "warn", "error"}[*l] }
func (l *level) Set(v string) error {
	for i, n := range [...]string{"debug", "info", "warn", "error"} {
		if strings.EqualFold(n, v) {
			*l = level(i)
			return nil
		}
	}
	return fmt.Errorf("unknown level %q", v)
}

type serveCmd struct {
	addr    string
	timeout time.Duration
	tags    stringList
	lvl     level
	verbose bool
	workers int
}

func run(args []string) (string, error) {
	if len(args) == 0 {
		return "", errors.New("usage: tool <serve|version> [flags]")
	}
	var out bytes.Buffer
	switch args[0] {
	case "version":
		return "tool v1.4.2", nil
	case "serve":
		cmd := serveCmd{lvl: 1}
		fs := flag.NewFlagSet("serve", flag.ContinueOnError)
		fs.SetOutput(&out)
		fs.StringVar(&cmd.addr, "addr", ":8080", "listen `address`")
		fs.DurationVar(&cmd.timeout, "timeout", 30*time.Second, "request timeout")
		fs.Var(&cmd.tags, "tag", "tag to attach (repeatable)")
		fs.Var(&cmd.lvl, "log-level", "log level")
		fs.BoolVar(&cmd.verbose, "v", false, "verbose output")
		fs.IntVar(&cmd.workers, "workers", 4, "number of workers")
		if err := fs.Parse(args[1:]); err != nil {
			return strings.TrimSpace(out.String()), fmt.Errorf("serve: %w", err)
		}
		var set []string
		fs.Visit(func(f *flag.Flag) { set = append(set, f.Name) })
		return fmt.Sprintf("serve addr=%s timeout=%v tags=%q level=%v verbose=%t workers=%d rest=%q set=%v",
			cmd.addr, cmd.timeout, cmd.tags, &cmd.lvl, cmd.verbose, cmd.workers, fs.Args(), set), nil
	}
	return "", fmt.Errorf("unknown command %q", args[0])
}

func main() {
	cases := []string{
		"version",
		"serve",
		"serve -addr=127.0.0.1:9000 -v -tag api -tag=internal --timeout 1m30s extra1 extra2",
		"serve -log-level WARN -workers=16 -- -notaflag",
		"serve -workers many",
		"serve -log-level loud",
		"serve -bogus",
		"serve -h",
		"deploy",
		"",
	}
	for _, c := range cases {
		res, err := run(strings.Fields(c))
		fmt.Printf("$ tool %s\n", c)
		if res != "" {
			fmt.Println(res)
		}
		if err != nil {
			fmt.Println("error:", err, "| help:", errors.Is(err, flag.ErrHelp))
		}
	}
}
