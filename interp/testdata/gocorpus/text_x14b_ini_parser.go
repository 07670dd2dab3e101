package main

import (
	"bufio"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

type Section map[string]string

type INI struct {
	sections map[string]Section
	order    []string
}

type ParseError struct {
	Line int
	Text string
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d (%q): %v", e.Line, e.Text, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

var (
	ErrNoSection = errors.New("key outside section")
	ErrBadLine   = errors.New("malformed line")
	sectionRe    = regexp.MustCompile(`^\[\s*([\w.-]+)\s*\]$`)
	kvRe         = regexp.MustCompile(`^([\w.-]+)\s*[=:]\s*(.*?)\s*$`)
)

func Parse(src string) (*INI, error) {
	ini := &INI{sections: map[string]Section{}}
	sc := bufio.NewScanner(strings.NewReader(src))
	var cur Section
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if i := strings.IndexAny(line, ";#"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		if line == "" {
			continue
		}
		if m := sectionRe.FindStringSubmatch(line); m != nil {
			if _, ok := ini.sections[m[1]]; !ok {
				ini.sections[m[1]] = Section{}
				ini.order = append(ini.order, m[1])
			}
			cur = ini.sections[m[1]]
			continue
		}
		m := kvRe.FindStringSubmatch(line)
		switch {
		case m == nil:
			return ini, &ParseError{n, line, ErrBadLine}
		case cur == nil:
			return ini, &ParseError{n, line, ErrNoSection}
		}
		cur[m[1]] = strings.Trim(m[2], `"`)
	}
	return ini, nil
}

func (i *INI) Int(sec, key string, def int) int {
	if v, ok := i.sections[sec][key]; ok {
		if n, err := strconv.Atoi(v); err == nil {
			return n
		}
	}
	return def
}

const cfg = `
; training config
[model]
name = "mlp-2"
hidden: 64
act=relu   # inline comment

[train]
epochs = 30
lr = 0.003
batch = big
[model]
dropout = 0.1
`

func main() {
	ini, err := Parse(cfg)
	fmt.Println(err, ini.order)
	for _, s := range ini.order {
		keys := make([]string, 0)
		for k := range ini.sections[s] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Printf("%s.%s = %q\n", s, k, ini.sections[s][k])
		}
	}
	fmt.Println(ini.Int("model", "hidden", -1), ini.Int("train", "batch", 32), ini.Int("nope", "x", 7))
	fmt.Println(ini.sections["train"])
	for _, bad := range []string{"x = 1\n[a]", "[a]\nthis is not valid", "[a]\n[b c]"} {
		_, err := Parse(bad)
		var pe *ParseError
		fmt.Println(err, errors.As(err, &pe) && pe.Line > 0, errors.Is(err, ErrNoSection), errors.Is(err, ErrBadLine))
	}
}
