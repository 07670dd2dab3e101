// Exercises: path and path/filepath string manipulation without touching the filesystem.
package main

import (
	"fmt"
	"path"
	"path/filepath"
	"strings"
)

func main() {
	p := "/usr/local/../lib/./go/file.tar.gz"
	fmt.Println(path.Clean(p))
	fmt.Println(path.Base(p), path.Dir(p), path.Ext(p))
	fmt.Println(path.Join("a", "b/../c", "/d"))
	dir, file := path.Split("static/css/main.css")
	fmt.Println(dir, file)
	m, _ := path.Match("*.go", "main.go")
	fmt.Println(m, path.IsAbs("rel/x"))
	fmt.Println(filepath.ToSlash(filepath.Join("x", "y", "z.txt")))
	name := strings.TrimSuffix(path.Base(p), path.Ext(p))
	fmt.Println(name)
}
