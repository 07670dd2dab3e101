package main

import (
	"bufio"
	"fmt"
	"strconv"
	"strings"
)

type Section map[string]string

type INI struct {
	order    []string
	sections map[string]Section
}

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func Parse(src string) (*INI, error) {
	ini := &INI{sections: map[string]Section{}}
	cur := ""
	ini.sections[cur] = Section{}
	sc := bufio.NewScanner(strings.NewReader(src))
	ln := 0
	for sc.Scan() {
		ln++
		line := strings.TrimSpace(sc.Text())
		if i := strings.IndexAny(line, ";#"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		switch {
		case line == "":
			continue
		case strings.HasPrefix(line, "["):
			if !strings.HasSuffix(line, "]") {
				return nil, &ParseError{ln, "unclosed section"}
			}
			cur = strings.TrimSpace(line[1 : len(line)-1])
			if _, ok := ini.sections[cur]; !ok {
				ini.sections[cur] = Section{}
				ini.order = append(ini.order, cur)
			}
		default:
			k, v, ok := strings.Cut(line, "=")
			if !ok {
				return nil, &ParseError{ln, fmt.Sprintf("expected key=value, got %q", line)}
			}
			k, v = strings.TrimSpace(k), strings.TrimSpace(v)
			if uq, err := strconv.Unquote(v); err == nil {
				v = uq
			}
			ini.sections[cur][k] = v
		}
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

func (i *INI) Bool(sec, key string) bool {
	b, _ := strconv.ParseBool(i.sections[sec][key])
	return b
}

const conf = `
name = demo ; top-level
[server]
host = 0.0.0.0
port = 8080
debug = true
banner = "hello\tworld"

# comment line
[database]
url = postgres://localhost/db
pool = many
[server]
port = 9090
`

func main() {
	ini, err := Parse(conf)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(ini.order)
	for _, s := range ini.order {
		fmt.Println(s, ini.sections[s])
	}
	fmt.Println(ini.sections[""]["name"])
	fmt.Println(ini.Int("server", "port", 80), ini.Int("database", "pool", 4), ini.Bool("server", "debug"), ini.Bool("x", "y"))
	fmt.Printf("%q\n", ini.sections["server"]["banner"])
	_, err = Parse("[ok]\na=1\n[broken\n")
	fmt.Println(err)
	_, err = Parse("a=1\njunk line\n")
	var pe *ParseError
	if e, ok := err.(*ParseError); ok {
		pe = e
	}
	fmt.Println(err, pe.Line)
}
