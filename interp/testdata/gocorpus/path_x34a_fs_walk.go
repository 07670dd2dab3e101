package main

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strings"
	"testing/fstest"
)

func main() {
	fsys := fstest.MapFS{
		"go.mod":                 {Data: []byte("module example.com/demo\n\ngo 1.22\n")},
		"cmd/app/main.go":        {Data: []byte("package main\n\nfunc main() {}\n")},
		"internal/store/kv.go":   {Data: []byte("package store\n")},
		"internal/store/kv_test": {Data: []byte("x")},
		"vendor/lib/lib.go":      {Data: []byte("package lib\n")},
		"docs/README.md":         {Data: []byte("# Demo\nSome docs.\n")},
		"docs/.hidden/notes.txt": {Data: []byte("secret")},
		"empty":                  {Mode: fs.ModeDir},
	}
	var goFiles []string
	totalLines := 0
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() && (name == "vendor" || (strings.HasPrefix(name, ".") && p != ".")) {
			fmt.Println("skip dir", p)
			return fs.SkipDir
		}
		if !d.IsDir() && path.Ext(name) == ".go" {
			goFiles = append(goFiles, p)
			data, err := fs.ReadFile(fsys, p)
			if err != nil {
				return err
			}
			totalLines += strings.Count(string(data), "\n")
		}
		return nil
	})
	fmt.Println(goFiles, totalLines, err)

	matches, err := fs.Glob(fsys, "*/*/*.go")
	fmt.Println(matches, err)
	entries, _ := fs.ReadDir(fsys, "docs")
	for _, e := range entries {
		info, _ := e.Info()
		fmt.Printf("%-8s dir=%v size=%d mode=%v\n", e.Name(), e.IsDir(), info.Size(), info.Mode())
	}
	_, err = fs.ReadFile(fsys, "missing.txt")
	var pe *fs.PathError
	fmt.Println(err, errors.Is(err, fs.ErrNotExist), errors.As(err, &pe) && pe.Op == "open")
	sub, _ := fs.Sub(fsys, "internal")
	subMatches, _ := fs.Glob(sub, "store/*")
	fmt.Println(subMatches)
	st, err := fs.Stat(fsys, "empty")
	fmt.Println(st.Name(), st.IsDir(), err)
	fmt.Println(fs.ValidPath("a/b"), fs.ValidPath("/a"), fs.ValidPath("a/../b"), fs.ValidPath("."))

	var tree []string
	fs.WalkDir(fsys, "internal", func(p string, d fs.DirEntry, err error) error {
		depth := strings.Count(p, "/")
		tree = append(tree, strings.Repeat("  ", depth)+path.Base(p))
		return nil
	})
	fmt.Println(strings.Join(tree, "\n"))
	err = fs.WalkDir(fsys, "nope", func(p string, d fs.DirEntry, err error) error {
		return err
	})
	fmt.Println("walk missing:", err)
}
