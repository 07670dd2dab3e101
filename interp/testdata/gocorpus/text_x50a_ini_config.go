package main

import (
	"bufio"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

type Config map[string]map[string]string

type ParseError struct {
	Line int
	Msg  string
}

func (e ParseError) Error() string { return "line " + strconv.Itoa(e.Line) + ": " + e.Msg }

func Parse(src string) (Config, []error) {
	cfg := Config{"": {}}
	section := ""
	var errs []error
	sc := bufio.NewScanner(strings.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if i := strings.IndexAny(line, ";#"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		switch {
		case line == "":
		case strings.HasPrefix(line, "["):
			if !strings.HasSuffix(line, "]") {
				errs = append(errs, ParseError{n, "unclosed section header"})
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

func (c Config) Int(sec, key string, def int) int {
	if v, ok := c[sec][key]; ok {
		if n, err := strconv.Atoi(v); err == nil {
			return n
		}
	}
	return def
}

func (c Config) Bool(sec, key string) bool {
	b, _ := strconv.ParseBool(c[sec][key])
	return b
}

func (c Config) Duration(sec, key string) (time.Duration, error) {
	return time.ParseDuration(c[sec][key])
}

const src = `
; global
name = "tiny-fs"
[Cache]
pages = 256
policy = lru   # or clock
write_back = true
flush = 1m30s
[journal
[disk]
size = 64M
blocks: 12
bad_duration = 5 parsecs
`

func main() {
	cfg, errs := Parse(src)
	for _, e := range errs {
		fmt.Printf("%v (%T)\n", e, e)
	}
	secs := make([]string, 0, len(cfg))
	for s := range cfg {
		secs = append(secs, s)
	}
	sort.Strings(secs)
	for _, s := range secs {
		fmt.Printf("[%s] %v\n", s, cfg[s])
	}
	fmt.Println(cfg.Int("cache", "pages", 64), cfg.Int("cache", "missing", 64), cfg.Int("disk", "size", -1))
	fmt.Println(cfg.Bool("cache", "write_back"), cfg.Bool("cache", "policy"))
	d, err := cfg.Duration("cache", "flush")
	fmt.Println(d, d.Seconds(), err)
	_, err = cfg.Duration("disk", "bad_duration")
	fmt.Println(err)
	fmt.Println(time.Duration(1500)*time.Millisecond, (90 * time.Minute).String(), time.Duration(0))
}
