package main

import (
	"fmt"
	"path"
	"strings"
)

type rule struct {
	pattern  string
	negate   bool
	dirOnly  bool
	anchored bool
	line     int
}

type Matcher struct {
	rules []rule
}

func Compile(src string) (*Matcher, error) {
	m := &Matcher{}
	for i, line := range strings.Split(src, "\n") {
		line = strings.TrimRight(line, " ")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		r := rule{line: i + 1}
		if strings.HasPrefix(line, "!") {
			r.negate = true
			line = line[1:]
		}
		if strings.HasSuffix(line, "/") {
			r.dirOnly = true
			line = strings.TrimSuffix(line, "/")
		}
		if strings.Contains(line, "/") {
			r.anchored = true
			line = strings.TrimPrefix(line, "/")
		}
		if _, err := path.Match(line, ""); err != nil {
			return nil, fmt.Errorf("line %d: pattern %q: %w", i+1, line, err)
		}
		r.pattern = line
		m.rules = append(m.rules, r)
	}
	return m, nil
}

func (r rule) matches(p string, isDir bool) bool {
	if r.dirOnly && !isDir {
		return false
	}
	if strings.HasPrefix(r.pattern, "**/") {
		rest := r.pattern[3:]
		parts := strings.Split(p, "/")
		for i := range parts {
			if ok, _ := path.Match(rest, strings.Join(parts[i:], "/")); ok {
				return true
			}
		}
		return false
	}
	if r.anchored {
		ok, _ := path.Match(r.pattern, p)
		return ok
	}
	ok, _ := path.Match(r.pattern, path.Base(p))
	return ok
}

// Ignored reports whether p is ignored, checking parent directories first.
func (m *Matcher) Ignored(p string, isDir bool) (bool, int) {
	parts := strings.Split(p, "/")
	for i := 1; i < len(parts); i++ {
		if ign, line := m.match(strings.Join(parts[:i], "/"), true); ign {
			return true, line
		}
	}
	return m.match(p, isDir)
}

func (m *Matcher) match(p string, isDir bool) (ignored bool, line int) {
	for _, r := range m.rules {
		if r.matches(p, isDir) {
			ignored, line = !r.negate, r.line
		}
	}
	return
}

const gitignore = `# build output
/bin/
*.o
*.log
!important.log
node_modules/
docs/*.html
**/testdata/*.golden
tmp?
`

func main() {
	m, err := Compile(gitignore)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%d rules, first %+v\n", len(m.rules), m.rules[0])
	files := []struct {
		p   string
		dir bool
	}{
		{"bin", true}, {"bin/tool", false}, {"cmd/bin", true}, {"main.o", false}, {"pkg/x/y.o", false},
		{"debug.log", false}, {"important.log", false}, {"logs/important.log", false},
		{"web/node_modules/react/index.js", false}, {"docs/index.html", false}, {"docs/api/index.html", false},
		{"a/b/testdata/out.golden", false}, {"testdata/x.golden", false}, {"tmp1", false}, {"tmp12", false}, {"main.go", false},
	}
	for _, f := range files {
		ign, line := m.Ignored(f.p, f.dir)
		mark := " "
		if ign {
			mark = "I"
		}
		fmt.Printf("%s %-34s line=%d\n", mark, f.p, line)
	}
	_, err = Compile("ok\n[unclosed\n")
	fmt.Println(err)
}
