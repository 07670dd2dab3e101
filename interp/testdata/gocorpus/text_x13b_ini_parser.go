package main

import (
	"bufio"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Section map[string]string

type Config struct {
	sections map[string]Section
}

type ParseError struct {
	Line int
	Msg  string
}

func (e ParseError) Error() string { return "line " + strconv.Itoa(e.Line) + ": " + e.Msg }

func Parse(src string) (*Config, error) {
	cfg := &Config{sections: map[string]Section{"": {}}}
	cur := ""
	sc := bufio.NewScanner(strings.NewReader(src))
	ln := 0
	for sc.Scan() {
		ln++
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, ";") || strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "["):
			if !strings.HasSuffix(line, "]") {
				return nil, ParseError{ln, "unterminated section"}
			}
			cur = strings.TrimSpace(line[1 : len(line)-1])
			if _, ok := cfg.sections[cur]; !ok {
				cfg.sections[cur] = Section{}
			}
		default:
			k, v, ok := strings.Cut(line, "=")
			if !ok {
				return nil, ParseError{ln, fmt.Sprintf("expected key=value, got %q", line)}
			}
			v = strings.TrimSpace(v)
			if uq, err := strconv.Unquote(v); err == nil {
				v = uq
			}
			cfg.sections[cur][strings.TrimSpace(k)] = v
		}
	}
	return cfg, nil
}

func (c *Config) Int(sec, key string, def int) int {
	if v, ok := c.sections[sec][key]; ok {
		if n, err := strconv.Atoi(v); err == nil {
			return n
		}
	}
	return def
}

const input = `
; global
name = demo
[server]
host = "0.0.0.0"
port = 8080
# comment
[database]
url = postgres://localhost/db
pool = many
[server]
timeout = 30
`

func main() {
	cfg, err := Parse(input)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	names := make([]string, 0, len(cfg.sections))
	for n := range cfg.sections {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("[%s] %v\n", n, cfg.sections[n])
	}
	fmt.Println(cfg.Int("server", "port", 80), cfg.Int("database", "pool", 4), cfg.Int("x", "y", -1))
	_, err = Parse("[broken\nx=1")
	fmt.Println("error:", err)
	_, err = Parse("a=1\njunk line")
	var pe ParseError
	if e, ok := err.(ParseError); ok {
		pe = e
	}
	fmt.Println(pe.Line, pe.Msg)
}
