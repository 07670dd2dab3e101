package main

import (
	"bufio"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type INI map[string]map[string]string

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func ParseINI(src string) (INI, []error) {
	cfg := INI{"": {}}
	section := ""
	var errs []error
	sc := bufio.NewScanner(strings.NewReader(src))
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, ";") || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") {
			if !strings.HasSuffix(line, "]") {
				errs = append(errs, &ParseError{n, "unclosed section header"})
				continue
			}
			section = strings.ToLower(strings.TrimSpace(line[1 : len(line)-1]))
			if _, ok := cfg[section]; !ok {
				cfg[section] = map[string]string{}
			}
			continue
		}
		key, val, ok := strings.Cut(line, "=")
		if !ok {
			errs = append(errs, &ParseError{n, fmt.Sprintf("expected key=value, got %q", line)})
			continue
		}
		key = strings.TrimSpace(key)
		val = strings.TrimSpace(val)
		if i := strings.Index(val, " ;"); i >= 0 {
			val = strings.TrimSpace(val[:i])
		}
		if uq, err := strconv.Unquote(val); err == nil {
			val = uq
		}
		cfg[section][key] = val
	}
	return cfg, errs
}

func (c INI) Get(section, key, def string) string {
	if s, ok := c[section]; ok {
		if v, ok := s[key]; ok {
			return v
		}
	}
	return def
}

func (c INI) Int(section, key string, def int) int {
	v, err := strconv.Atoi(c.Get(section, key, ""))
	if err != nil {
		return def
	}
	return v
}

func (c INI) Dump() {
	names := make([]string, 0, len(c))
	for s := range c {
		names = append(names, s)
	}
	sort.Strings(names)
	for _, s := range names {
		if len(c[s]) == 0 {
			continue
		}
		if s != "" {
			fmt.Printf("[%s]\n", s)
		}
		keys := make([]string, 0, len(c[s]))
		for k := range c[s] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Printf("%s = %q\n", k, c[s][k])
		}
	}
}

const sample = `
; global settings
app = demo
version = 3

[Server]
host = 127.0.0.1
port = 8080 ; default port
motd = "Welcome,\tfriend"

[database]
user=admin
pass = "s3cr;et"
this line is broken
[cache
timeout = 30
`

func main() {
	cfg, errs := ParseINI(sample)
	cfg.Dump()
	for _, e := range errs {
		fmt.Println("error:", e)
	}
	fmt.Println(cfg.Int("server", "port", 80), cfg.Int("database", "port", 5432))
	fmt.Println(cfg.Get("database", "timeout", "none"))
	fmt.Println(cfg["server"])
	fmt.Printf("%d sections, %T\n", len(cfg), cfg)
}
