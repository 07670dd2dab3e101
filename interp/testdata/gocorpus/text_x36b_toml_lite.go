package main

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

type Doc map[string]any

type LineError struct {
	Line int
	Err  error
}

func (e LineError) Error() string { return fmt.Sprintf("toml: line %d: %v", e.Line, e.Err) }
func (e LineError) Unwrap() error { return e.Err }

func parseValue(s string) (any, error) {
	switch {
	case s == "true" || s == "false":
		return s == "true", nil
	case strings.HasPrefix(s, `"`):
		return strconv.Unquote(s)
	case strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]"):
		inner := strings.TrimSpace(s[1 : len(s)-1])
		arr := []any{}
		if inner == "" {
			return arr, nil
		}
		for _, part := range strings.Split(inner, ",") {
			v, err := parseValue(strings.TrimSpace(part))
			if err != nil {
				return nil, err
			}
			arr = append(arr, v)
		}
		return arr, nil
	}
	if i, err := strconv.ParseInt(strings.ReplaceAll(s, "_", ""), 0, 64); err == nil {
		return i, nil
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil {
		return f, nil
	}
	return nil, fmt.Errorf("cannot parse value %q", s)
}

func table(root Doc, path string) (Doc, error) {
	cur := root
	for _, key := range strings.Split(path, ".") {
		key = strings.TrimSpace(key)
		next, ok := cur[key]
		if !ok {
			t := Doc{}
			cur[key] = t
			cur = t
			continue
		}
		t, ok := next.(Doc)
		if !ok {
			return nil, fmt.Errorf("key %q is not a table", key)
		}
		cur = t
	}
	return cur, nil
}

func Parse(src string) (Doc, error) {
	root := Doc{}
	cur := root
	for i, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") {
			t, err := table(root, strings.Trim(line, "[]"))
			if err != nil {
				return nil, LineError{i + 1, err}
			}
			cur = t
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			return nil, LineError{i + 1, fmt.Errorf("expected key = value")}
		}
		k = strings.TrimSpace(k)
		if _, dup := cur[k]; dup {
			return nil, LineError{i + 1, fmt.Errorf("duplicate key %q", k)}
		}
		val, err := parseValue(strings.TrimSpace(v))
		if err != nil {
			return nil, LineError{i + 1, err}
		}
		cur[k] = val
	}
	return root, nil
}

const cfg = `
title = "Tiny Lang"
# build settings
[build]
jobs = 4
opt_level = 2
flags = ["-O2", "-g"]
size_limit = 1_000_000
mask = 0xff

[build.target]
arch = "amd64"
ratio = 0.75
debug = false

[authors]
names = []
`

func main() {
	doc, err := Parse(cfg)
	if err != nil {
		fmt.Println(err)
		return
	}
	out, _ := json.MarshalIndent(doc, "", "  ")
	fmt.Println(string(out))
	b := doc["build"].(Doc)
	fmt.Printf("%T %T %T %v\n", b["jobs"], b["target"].(Doc)["ratio"], b["flags"], b["mask"])
	for _, bad := range []string{"a = 1\na = 2", "x = @", "v = 1\n[v.w]", "just words"} {
		_, err := Parse(bad)
		var le LineError
		if e, ok := err.(LineError); ok {
			le = e
		}
		fmt.Printf("%q -> %v (line %d)\n", bad, err, le.Line)
	}
}
