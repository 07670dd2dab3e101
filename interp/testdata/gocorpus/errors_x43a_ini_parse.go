package main

import (
	"bufio"
	"errors"
	"fmt"
	"sort"
	"strings"
)

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

var ErrDuplicate = errors.New("duplicate key")

type Config map[string]map[string]string

func Parse(src string) (Config, error) {
	cfg := Config{"": {}}
	section := ""
	sc := bufio.NewScanner(strings.NewReader(src))
	var errs []error
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, ";"):
			continue
		case strings.HasPrefix(line, "["):
			if !strings.HasSuffix(line, "]") {
				errs = append(errs, &ParseError{n, "unterminated section"})
				continue
			}
			section = strings.TrimSpace(line[1 : len(line)-1])
			if _, ok := cfg[section]; !ok {
				cfg[section] = map[string]string{}
			}
		default:
			k, v, ok := strings.Cut(line, "=")
			if !ok {
				errs = append(errs, &ParseError{n, fmt.Sprintf("expected key=value, got %q", line)})
				continue
			}
			k = strings.TrimSpace(k)
			if _, dup := cfg[section][k]; dup {
				errs = append(errs, fmt.Errorf("line %d: %w: %s.%s", n, ErrDuplicate, section, k))
				continue
			}
			cfg[section][k] = strings.Trim(strings.TrimSpace(v), `"`)
		}
	}
	return cfg, errors.Join(errs...)
}

const input = `# sample
name = demo
[server]
host = "localhost"
port = 8080
port = 9090
[database
user = admin
[database]
user=root
password
`

func main() {
	cfg, err := Parse(input)
	if err != nil {
		fmt.Println("errors:")
		fmt.Println(err)
		var pe *ParseError
		if errors.As(err, &pe) {
			fmt.Printf("first parse error at line %d (%T)\n", pe.Line, pe)
		}
		fmt.Println("has duplicate:", errors.Is(err, ErrDuplicate))
	}
	sections := make([]string, 0, len(cfg))
	for s := range cfg {
		sections = append(sections, s)
	}
	sort.Strings(sections)
	for _, s := range sections {
		fmt.Printf("[%s] %v\n", s, cfg[s])
	}
	_, err = Parse("ok = 1\n")
	fmt.Println(err == nil, err)
}
