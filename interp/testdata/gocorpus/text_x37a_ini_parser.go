package main

import (
	"bufio"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type ParseError struct {
	Line int
	Msg  string
}

func (e ParseError) Error() string { return "line " + strconv.Itoa(e.Line) + ": " + e.Msg }

type Config map[string]map[string]string

func Parse(src string) (Config, []error) {
	cfg := Config{"": {}}
	section := ""
	var errs []error
	sc := bufio.NewScanner(strings.NewReader(src))
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if i := strings.IndexAny(line, ";#"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		switch {
		case line == "":
			continue
		case line[0] == '[':
			if !strings.HasSuffix(line, "]") {
				errs = append(errs, ParseError{n, "unterminated section"})
				continue
			}
			section = strings.ToLower(strings.TrimSpace(line[1 : len(line)-1]))
			if _, ok := cfg[section]; !ok {
				cfg[section] = map[string]string{}
			}
		default:
			k, v, ok := strings.Cut(line, "=")
			if !ok {
				errs = append(errs, ParseError{n, fmt.Sprintf("expected key=value, got %q", line)})
				continue
			}
			cfg[section][strings.TrimSpace(k)] = strings.Trim(strings.TrimSpace(v), `"`)
		}
	}
	return cfg, errs
}

func (c Config) Int(section, key string, def int) (int, error) {
	v, ok := c[section][key]
	if !ok {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return def, fmt.Errorf("%s.%s: %w", section, key, err)
	}
	return n, nil
}

func (c Config) Bool(section, key string) bool {
	b, _ := strconv.ParseBool(c[section][key])
	return b
}

const ini = `
; global settings
name = "demo app"
debug = true

[Database]
host = db.internal   # primary
port = 5432
pool = many

[cache
[cache]
ttl=300
just some words

[database]
user = app
`

func main() {
	cfg, errs := Parse(ini)
	for _, e := range errs {
		var pe ParseError
		if errors.As(e, &pe) {
			fmt.Printf("parse error at %d: %s\n", pe.Line, pe.Msg)
		}
	}
	secs := make([]string, 0, len(cfg))
	for s := range cfg {
		secs = append(secs, s)
	}
	sort.Strings(secs)
	for _, s := range secs {
		keys := make([]string, 0)
		for k := range cfg[s] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Printf("[%s]\n", s)
		for _, k := range keys {
			fmt.Printf("  %-6s = %q\n", k, cfg[s][k])
		}
	}
	port, err := cfg.Int("database", "port", 0)
	fmt.Println("port", port, err)
	pool, err := cfg.Int("database", "pool", 10)
	fmt.Println("pool", pool, err)
	ttl, _ := cfg.Int("cache", "ttl", 60)
	fmt.Println("ttl", ttl, "retries", must(cfg.Int("cache", "retries", 3)))
	fmt.Println("debug", cfg.Bool("", "debug"), "verbose", cfg.Bool("", "verbose"))
	fmt.Printf("%v\n", cfg["cache"])
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
