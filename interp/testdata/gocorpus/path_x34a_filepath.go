package main

import (
	"fmt"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

type FileInfo struct {
	Path string
	Size int
}

func main() {
	files := []FileInfo{
		{"src/main.go", 1200},
		{"src/util/strings.go", 800},
		{"src/util/strings_test.go", 450},
		{"docs/README.md", 300},
		{"docs/img/logo.PNG", 20480},
		{"build/../src/./extra.go", 90},
		{"Makefile", 60},
	}
	byExt := map[string][]string{}
	sizes := map[string]int{}
	for _, f := range files {
		clean := filepath.Clean(f.Path)
		ext := strings.ToLower(filepath.Ext(clean))
		if ext == "" {
			ext = "(none)"
		}
		byExt[ext] = append(byExt[ext], filepath.Base(clean))
		dir := filepath.Dir(clean)
		for dir != "." {
			sizes[dir] += f.Size
			dir = filepath.Dir(dir)
		}
	}
	exts := make([]string, 0, len(byExt))
	for e := range byExt {
		exts = append(exts, e)
	}
	sort.Strings(exts)
	for _, e := range exts {
		fmt.Printf("%-7s %v\n", e, byExt[e])
	}
	fmt.Println(sizes)

	for _, p := range []string{"a/b/../c/./d/", "/../x", "", "//y//z", "a/../.."} {
		fmt.Printf("Clean(%q) = %q\n", p, path.Clean(p))
	}
	fmt.Println(path.Join("a", "", "b/", "../c"), filepath.Join("/root", "sub", "..", "file.txt"))
	dir, file := path.Split("static/css/site.min.css")
	fmt.Printf("%q %q %q\n", dir, file, strings.TrimSuffix(file, path.Ext(file)))
	fmt.Println(path.IsAbs("/etc"), path.IsAbs("etc"), filepath.IsAbs("./x"))

	patterns := []string{"*.go", "src/*/*.go", "*_test.go", "docs/[a-m]*", "?akefile"}
	for _, pat := range patterns {
		var hits []string
		for _, f := range files {
			p := filepath.Clean(f.Path)
			if ok, _ := path.Match(pat, p); ok {
				hits = append(hits, p)
			} else if ok, _ := path.Match(pat, path.Base(p)); ok && !strings.Contains(pat, "/") {
				hits = append(hits, p)
			}
		}
		fmt.Printf("%-12s %v\n", pat, hits)
	}
	_, err := path.Match("[", "x")
	fmt.Println("bad pattern:", err, err == path.ErrBadPattern)

	rel, err := filepath.Rel("/home/user/project", "/home/user/project/src/../docs/a.md")
	fmt.Println(rel, err)
	rel, err = filepath.Rel("/a/b", "/c/d")
	fmt.Println(rel, err)
	_, err = filepath.Rel("/a", "b")
	fmt.Println(err != nil)
	fmt.Println(filepath.SplitList("/usr/bin:/bin::/opt/go/bin"), filepath.ToSlash("a/b"), filepath.VolumeName("/x"))
	parts := strings.Split(filepath.Clean("/srv/www/./site/../app/index.html"), string(filepath.Separator))
	fmt.Printf("%q\n", parts)
}
