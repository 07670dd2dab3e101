package main

import (
	"bufio"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Section map[string]string

type File struct {
	sections map[string]Section
	order    []string
}

type SyntaxError struct {
	Line int
	Msg  string
}

func (e SyntaxError) Error() string { return fmt.Sprintf("ini:%d: %s", e.Line, e.Msg) }

func Parse(src string) (*File, error) {
	f := &File{sections: map[string]Section{}}
	cur := f.section("")
	sc := bufio.NewScanner(strings.NewReader(src))
	lineNo := 0
	var pendingKey string
	for sc.Scan() {
		lineNo++
		raw := sc.Text()
		line := strings.TrimSpace(raw)
		if pendingKey != "" && (strings.HasPrefix(raw, " ") || strings.HasPrefix(raw, "\t")) && line != "" {
			cur[pendingKey] += "\n" + line
			continue
		}
		pendingKey = ""
		switch {
		case line == "" || line[0] == ';' || line[0] == '#':
			continue
		case line[0] == '[':
			if !strings.HasSuffix(line, "]") {
				return nil, SyntaxError{lineNo, "unterminated section header"}
			}
			cur = f.section(strings.TrimSpace(line[1 : len(line)-1]))
		default:
			k, v, ok := strings.Cut(line, "=")
			if !ok {
				return nil, SyntaxError{lineNo, fmt.Sprintf("expected key=value, got %q", line)}
			}
			k = strings.ToLower(strings.TrimSpace(k))
			v = strings.TrimSpace(v)
			if uq, err := strconv.Unquote(v); err == nil {
				v = uq
			}
			cur[k] = v
			pendingKey = k
		}
	}
	return f, sc.Err()
}

func (f *File) section(name string) Section {
	if s, ok := f.sections[name]; ok {
		return s
	}
	s := Section{}
	f.sections[name] = s
	f.order = append(f.order, name)
	return s
}

func (f *File) String(sec, key, def string) string {
	if v, ok := f.sections[sec][key]; ok {
		return v
	}
	return def
}

func (f *File) Int(sec, key string, def int) (int, error) {
	v, ok := f.sections[sec][key]
	if !ok {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return def, fmt.Errorf("[%s] %s: %w", sec, key, err)
	}
	return n, nil
}

func (f *File) Bool(sec, key string) bool {
	b, _ := strconv.ParseBool(f.sections[sec][key])
	return b
}

const sample = `; global settings
app_name = "inventory \"svc\""
version=3

[database]
Host = db.internal
port = 5432
pool = many
dsn = postgres://u@db
   ?sslmode=disable
   &timeout=5

[feature flags]
new_ui = true
beta = 0
`

func main() {
	f, err := Parse(sample)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("sections: %q\n", f.order)
	for _, name := range f.order {
		keys := make([]string, 0)
		for k := range f.sections[name] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Printf("[%s]\n", name)
		for _, k := range keys {
			fmt.Printf("  %s = %q\n", k, f.sections[name][k])
		}
	}
	port, err := f.Int("database", "port", 0)
	fmt.Println("port", port, err)
	pool, err := f.Int("database", "pool", 10)
	fmt.Println("pool", pool, err)
	fmt.Println("timeout", f.String("database", "timeout", "30s"))
	fmt.Println(f.Bool("feature flags", "new_ui"), f.Bool("feature flags", "beta"), f.Bool("x", "y"))
	fmt.Printf("%v\n", f.sections["feature flags"])

	for _, bad := range []string{"[broken\nx=1", "ok=1\njunk line"} {
		_, err := Parse(bad)
		var se SyntaxError
		se, isSyntax := err.(SyntaxError)
		fmt.Printf("%v | %+v %v\n", err, se, isSyntax)
	}
}
