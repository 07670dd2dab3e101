package main

import (
	"fmt"
	"path"
	"strings"
)

// match supports *, ?, [abc] within a segment and ** across segments.
func match(pattern, name string) bool {
	ps := strings.Split(pattern, "/")
	ns := strings.Split(name, "/")
	var rec func(i, j int) bool
	rec = func(i, j int) bool {
		if i == len(ps) {
			return j == len(ns)
		}
		if ps[i] == "**" {
			for k := j; k <= len(ns); k++ {
				if rec(i+1, k) {
					return true
				}
			}
			return false
		}
		if j == len(ns) {
			return false
		}
		ok, err := path.Match(ps[i], ns[j])
		if err != nil {
			panic(fmt.Sprintf("bad pattern %q: %v", ps[i], err))
		}
		return ok && rec(i+1, j+1)
	}
	return rec(0, 0)
}

func glob(pattern string, files []string) (out []string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("glob: %v", r)
			out = nil
		}
	}()
	for _, f := range files {
		if match(pattern, f) {
			out = append(out, f)
		}
	}
	return out, nil
}

func main() {
	files := []string{
		"main.go", "main_test.go", "README.md",
		"cmd/tool/main.go", "cmd/tool/flags.go",
		"internal/vfs/node.go", "internal/vfs/node_test.go",
		"internal/vfs/testdata/a.txt", "docs/img/logo.png", "docs/index.md",
	}
	patterns := []string{
		"*.go", "**/*.go", "**/*_test.go", "cmd/*/main.go", "*.[mM][dD]",
		"**/*.md", "internal/**", "docs/?ndex.md", "**/testdata/*.txt", "[", "*/img/*.p?g",
	}
	for _, p := range patterns {
		m, err := glob(p, files)
		if err != nil {
			fmt.Printf("%-20s %v\n", p, err)
			continue
		}
		fmt.Printf("%-20s %d %v\n", p, len(m), m)
	}
	for _, c := range [][2]string{{"a*b", "a/b"}, {"a\\*b", "a*b"}, {"[^a]x", "bx"}, {"[a-c]", "d"}} {
		ok, err := path.Match(c[0], c[1])
		fmt.Printf("path.Match(%q, %q) = %v %v\n", c[0], c[1], ok, err)
	}
	fmt.Println(path.Base("/a/b.tar.gz"), path.Ext("/a/b.tar.gz"), path.Dir("a/b/"), path.Join("a", "../..", "c"))
}
