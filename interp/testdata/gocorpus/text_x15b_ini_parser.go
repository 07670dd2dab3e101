package main

import (
	"bufio"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

type Section map[string]string

type INI struct {
	sections map[string]Section
	order    []string
}

type SyntaxError struct {
	Line int
	Text string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("line %d: cannot parse %q", e.Line, e.Text) }

func Parse(src string) (*INI, error) {
	ini := &INI{sections: map[string]Section{"": {}}}
	cur := ""
	sc := bufio.NewScanner(strings.NewReader(src))
	for ln := 1; sc.Scan(); ln++ {
		line := strings.TrimSpace(sc.Text())
		for strings.HasSuffix(line, "\\") && sc.Scan() {
			ln++
			line = strings.TrimSuffix(line, "\\") + strings.TrimSpace(sc.Text())
		}
		switch {
		case line == "" || strings.HasPrefix(line, ";") || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			cur = strings.ToLower(strings.TrimSpace(line[1 : len(line)-1]))
			if _, ok := ini.sections[cur]; !ok {
				ini.sections[cur] = Section{}
				ini.order = append(ini.order, cur)
			}
		default:
			k, v, ok := strings.Cut(line, "=")
			if !ok {
				return ini, &SyntaxError{ln, line}
			}
			v = strings.TrimSpace(v)
			if uq, err := strconv.Unquote(v); err == nil {
				v = uq
			}
			ini.sections[cur][strings.TrimSpace(k)] = v
		}
	}
	return ini, nil
}

func (ini *INI) Get(path string) (string, bool) {
	sec, key, ok := strings.Cut(path, ".")
	if !ok {
		sec, key = "", path
	}
	v, ok := ini.sections[sec][key]
	return v, ok
}

func (ini *INI) Int(path string, def int) int {
	if v, ok := ini.Get(path); ok {
		if n, err := strconv.Atoi(v); err == nil {
			return n
		}
	}
	return def
}

const cfg = `
; global
name = demo app
[Server]
host = 0.0.0.0
port = 8080
motd = "hello\tworld"
[database]
url = postgres://u@h/db?\
  sslmode=disable
pool = many
[server]
port = 9090
`

func main() {
	ini, err := Parse(cfg)
	fmt.Println(err, ini.order)
	for _, s := range append([]string{""}, ini.order...) {
		fmt.Printf("[%s]\n", s)
		for _, k := range slices.Sorted(maps.Keys(ini.sections[s])) {
			fmt.Printf("  %s = %q\n", k, ini.sections[s][k])
		}
	}
	fmt.Println(ini.Int("server.port", 0), ini.Int("database.pool", 4), ini.Int("nope.x", -1))
	v, ok := ini.Get("name")
	fmt.Println(v, ok)
	_, err = Parse("[a]\nkey value\n")
	var se *SyntaxError
	if e, ok := err.(*SyntaxError); ok {
		se = e
	}
	fmt.Println(err, se.Line)
}
