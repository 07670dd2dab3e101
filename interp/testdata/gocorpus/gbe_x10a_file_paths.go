// Exercises: file paths - filepath.Join, Dir, Base, Ext, IsAbs, Rel, Split, Clean, Match, Glob and WalkDir in a temp dir
package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	for _, parts := range [][]string{{"logs", "2024", "app.log"}, {"a/", "/b", "../c.txt"}, {"", "x"}} {
		p := filepath.Join(parts...)
		fmt.Printf("%-16q dir=%q base=%q ext=%q abs=%v\n", p, filepath.Dir(p), filepath.Base(p), filepath.Ext(p), filepath.IsAbs(p))
	}
	archive := "backup.tar.gz"
	stem := strings.TrimSuffix(archive, filepath.Ext(archive))
	fmt.Println(stem, filepath.Ext(stem))
	for _, target := range []string{"srv/www/img/logo.png", "srv/etc/conf", "srv/www"} {
		rel, err := filepath.Rel("srv/www", target)
		fmt.Println(rel, err)
	}
	_, err := filepath.Rel("/abs", "rel")
	fmt.Println(err)
	d, f := filepath.Split("docs/guide/intro.md")
	fmt.Printf("%q %q\n", d, f)
	fmt.Println(filepath.Clean("a//b/./c/../d/"), filepath.Clean("../../x"), filepath.Base(""), filepath.Dir(""))
	for _, pat := range []string{"*.md", "intro.??", "[a-h]*"} {
		ok, err := filepath.Match(pat, "intro.md")
		fmt.Println(pat, ok, err)
	}
	_, err = filepath.Match("[", "x")
	fmt.Println(err)

	root, err := os.MkdirTemp("", "gbe-x10a-paths")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(root)
	for _, f := range []string{"src/main.go", "src/util/str.go", "docs/readme.md"} {
		full := filepath.Join(root, filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			panic(err)
		}
		if err := os.WriteFile(full, []byte(f), 0o644); err != nil {
			panic(err)
		}
	}
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "docs" {
			return filepath.SkipDir
		}
		rel, _ := filepath.Rel(root, path)
		fmt.Println("walk:", filepath.ToSlash(rel), d.IsDir())
		return nil
	})
	fmt.Println(err)
	gos, _ := filepath.Glob(filepath.Join(root, "src", "*.go"))
	for _, g := range gos {
		fmt.Println("glob:", filepath.Base(g))
	}
}
