// Exercises: path/filepath and path: Join, Dir, Base, IsAbs, Ext, TrimSuffix, Rel, Split, Clean, Match, and a directory walk in a temporary directory.
package main

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

func main() {
	p := filepath.Join("dir1", "dir2", "filename")
	fmt.Println("p:", p)
	fmt.Println(filepath.Join("dir1//", "filename"))
	fmt.Println(filepath.Join("dir1/../dir1", "filename"))
	fmt.Println("Dir(p):", filepath.Dir(p))
	fmt.Println("Base(p):", filepath.Base(p))
	fmt.Println(filepath.IsAbs("dir/file"))
	fmt.Println(filepath.IsAbs("/dir/file"))
	filename := "config.json"
	ext := filepath.Ext(filename)
	fmt.Println(ext)
	fmt.Println(strings.TrimSuffix(filename, ext))
	rel, err := filepath.Rel("a/b", "a/b/t/file")
	fmt.Println(rel, err)
	rel, err = filepath.Rel("a/b", "a/c/t/file")
	fmt.Println(rel, err)
	dir, file := filepath.Split("/usr/local/go.tar.gz")
	fmt.Println(dir, file)
	fmt.Println(path.Clean("/a/./b/../c//d"), path.Base("/"))
	ok, _ := filepath.Match("*.go", "main.go")
	fmt.Println(ok)
	tmp, err := os.MkdirTemp("", "x4a-walk")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(tmp)
	os.MkdirAll(filepath.Join(tmp, "sub", "deep"), 0o755)
	os.WriteFile(filepath.Join(tmp, "sub", "a.txt"), []byte("hello"), 0o644)
	os.WriteFile(filepath.Join(tmp, "sub", "deep", "b.go"), []byte("package b"), 0o644)
	filepath.WalkDir(tmp, func(p string, d fs.DirEntry, err error) error {
		r, _ := filepath.Rel(tmp, p)
		fmt.Println("visit", r, d.IsDir())
		return nil
	})
	data, err := os.ReadFile(filepath.Join(tmp, "sub", "a.txt"))
	fmt.Println(string(data), err)
	_, err = os.Stat(filepath.Join(tmp, "missing"))
	fmt.Println(os.IsNotExist(err))
}
