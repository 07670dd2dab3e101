package main

import (
	"bufio"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const configText = `
; sample configuration
name = demo-app
debug = true

[server]
host = 127.0.0.1
port = 8080
timeout = 2.5   # seconds

[database]
user = admin
password = "s3cr=t"
pool = 16

[broken
`

type ParseError struct {
	Line int
	Msg  string
}

func (e ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

type Config map[string]map[string]string

func Parse(src string) (Config, []error) {
	cfg := Config{"": {}}
	section := ""
	var errs []error
	sc := bufio.NewScanner(strings.NewReader(src))
	lineNo := 0
	for sc.Scan() {
		lineNo++
		line := strings.TrimSpace(sc.Text())
		if i := strings.IndexAny(line, "#;"); i >= 0 && !strings.Contains(line, "\"") {
			line = strings.TrimSpace(line[:i])
		}
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "[") {
			if !strings.HasSuffix(line, "]") {
				errs = append(errs, ParseError{lineNo, "unterminated section " + strconv.Quote(line)})
				continue
			}
			section = strings.TrimSuffix(strings.TrimPrefix(line, "["), "]")
			if cfg[section] == nil {
				cfg[section] = map[string]string{}
			}
			continue
		}
		key, val, ok := strings.Cut(line, "=")
		if !ok {
			errs = append(errs, ParseError{lineNo, "expected key = value"})
			continue
		}
		val = strings.TrimSpace(val)
		if uq, err := strconv.Unquote(val); err == nil {
			val = uq
		}
		cfg[section][strings.TrimSpace(key)] = val
	}
	return cfg, errs
}

func (c Config) Int(section, key string, def int) int {
	if v, ok := c[section][key]; ok {
		if n, err := strconv.Atoi(v); err == nil {
			return n
		}
	}
	return def
}

func main() {
	cfg, errs := Parse(configText)
	sections := make([]string, 0, len(cfg))
	for s := range cfg {
		sections = append(sections, s)
	}
	sort.Strings(sections)
	for _, s := range sections {
		fmt.Printf("[%s] %v\n", s, cfg[s])
	}
	for _, e := range errs {
		fmt.Println("error:", e)
	}
	port := cfg.Int("server", "port", 80)
	pool := cfg.Int("database", "pool", 4)
	missing := cfg.Int("database", "retries", 3)
	timeout, err := strconv.ParseFloat(cfg["server"]["timeout"], 64)
	debug, _ := strconv.ParseBool(cfg[""]["debug"])
	fmt.Println(port, pool, missing, timeout, err, debug)
	fmt.Printf("%q\n", cfg["database"]["password"])
}
