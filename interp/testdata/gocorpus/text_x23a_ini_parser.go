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
	Text string
	Err  error
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("line %d (%q): %v", e.Line, e.Text, e.Err)
}
func (e *ParseError) Unwrap() error { return e.Err }

var (
	ErrNoSection = errors.New("key outside section")
	ErrSyntax    = errors.New("syntax error")
	ErrDup       = errors.New("duplicate key")
)

type Config map[string]map[string]string

func Parse(src string) (Config, error) {
	cfg := Config{}
	var section string
	var errs []error
	sc := bufio.NewScanner(strings.NewReader(src))
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		switch {
		case text == "" || strings.HasPrefix(text, ";"):
		case strings.HasPrefix(text, "[") && strings.HasSuffix(text, "]"):
			section = strings.TrimSpace(text[1 : len(text)-1])
			if cfg[section] == nil {
				cfg[section] = map[string]string{}
			}
		default:
			k, v, ok := strings.Cut(text, "=")
			if !ok {
				errs = append(errs, &ParseError{line, text, ErrSyntax})
				continue
			}
			if section == "" {
				errs = append(errs, &ParseError{line, text, ErrNoSection})
				continue
			}
			k = strings.TrimSpace(k)
			if _, dup := cfg[section][k]; dup {
				errs = append(errs, &ParseError{line, text, fmt.Errorf("%w: %s.%s", ErrDup, section, k)})
			}
			cfg[section][k] = strings.Trim(strings.TrimSpace(v), `"`)
		}
	}
	return cfg, errors.Join(errs...)
}

func (c Config) Int(sec, key string, def int) int {
	if v, ok := c[sec][key]; ok {
		if n, err := strconv.Atoi(v); err == nil {
			return n
		}
	}
	return def
}

func (c Config) Dump() {
	secs := make([]string, 0, len(c))
	for s := range c {
		secs = append(secs, s)
	}
	sort.Strings(secs)
	for _, s := range secs {
		fmt.Printf("[%s] %v\n", s, c[s])
	}
}

func main() {
	src := `
; sample
orphan = 1
[server]
host = "localhost"
port = 8080
port = 9090
[client]
retries=3
timeout
[ empty ]
`
	cfg, err := Parse(src)
	cfg.Dump()
	fmt.Println(cfg.Int("server", "port", 0), cfg.Int("client", "retries", 1), cfg.Int("client", "x", -1), cfg.Int("server", "host", 7))
	fmt.Println("errors:")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrDup), errors.Is(err, ErrSyntax), errors.Is(err, ErrNoSection))
	var pe *ParseError
	if errors.As(err, &pe) {
		fmt.Println("first at line", pe.Line)
	}
	_, err = Parse("[a]\nk=v")
	fmt.Println(err == nil)
}
