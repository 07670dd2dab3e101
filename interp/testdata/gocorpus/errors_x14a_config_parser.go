package main

import (
	"bufio"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type SyntaxError struct {
	Line int
	Msg  string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

var ErrDuplicate = errors.New("duplicate key")

type Config struct {
	Sections map[string]map[string]string
}

func Parse(src string) (*Config, error) {
	cfg := &Config{Sections: map[string]map[string]string{"": {}}}
	sec := ""
	sc := bufio.NewScanner(strings.NewReader(src))
	var errs []error
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "["):
			if !strings.HasSuffix(line, "]") {
				errs = append(errs, &SyntaxError{n, "unterminated section"})
				continue
			}
			sec = line[1 : len(line)-1]
			if cfg.Sections[sec] == nil {
				cfg.Sections[sec] = map[string]string{}
			}
		default:
			k, v, ok := strings.Cut(line, "=")
			if !ok {
				errs = append(errs, &SyntaxError{n, fmt.Sprintf("expected key=value, got %q", line)})
				continue
			}
			k, v = strings.TrimSpace(k), strings.TrimSpace(v)
			if _, dup := cfg.Sections[sec][k]; dup {
				errs = append(errs, fmt.Errorf("line %d: %s.%s: %w", n, sec, k, ErrDuplicate))
				continue
			}
			cfg.Sections[sec][k] = v
		}
	}
	return cfg, errors.Join(errs...)
}

func (c *Config) Int(sec, key string) (int, error) {
	v, ok := c.Sections[sec][key]
	if !ok {
		return 0, fmt.Errorf("%s.%s: not set", sec, key)
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, fmt.Errorf("%s.%s: %w", sec, key, err)
	}
	return n, nil
}

const src = `# sample
name = demo
[server]
port = 8080
host=localhost
port = 9090
[client
timeout = 3s
retries = 5
garbage line
`

func main() {
	cfg, err := Parse(src)
	fmt.Println(cfg.Sections)
	if err != nil {
		fmt.Println("errors:")
		fmt.Println(err)
		var se *SyntaxError
		fmt.Println("as syntax:", errors.As(err, &se), se.Line)
		fmt.Println("is dup:", errors.Is(err, ErrDuplicate))
	}
	for _, k := range []string{"port", "timeout", "retries", "missing"} {
		n, err := cfg.Int("server", k)
		fmt.Println(k, n, err)
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Println("  numerror:", ne.Func, ne.Num, ne.Err == strconv.ErrSyntax)
		}
	}
}
