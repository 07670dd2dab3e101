package main

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"testing/fstest"
)

func main() {
	fsys := fstest.MapFS{
		"etc/hostname":            {Data: []byte("labbox\n")},
		"etc/fstab":               {Data: []byte("/dev/sda1 / ext4 defaults 0 1\n")},
		"home/ta/solutions/a1.go": {Data: []byte("package main\n"), Mode: 0o600},
		"home/ta/solutions/a2.go": {Data: []byte("package main\n\nfunc main() {}\n")},
		"home/ta/.hidden":         {Data: []byte("secret")},
		"var/log/syslog":          {Data: []byte(strings.Repeat("log line\n", 20))},
		"tmp":                     {Mode: fs.ModeDir | 0o1777},
	}
	total := int64(0)
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && p == "var" {
			fmt.Println("skip", p)
			return fs.SkipDir
		}
		if strings.HasPrefix(d.Name(), ".") && p != "." {
			return nil
		}
		info, _ := d.Info()
		depth := strings.Count(p, "/")
		if p == "." {
			depth = -1
		}
		fmt.Printf("%s%-14s %v %4d\n", strings.Repeat("  ", depth+1), d.Name(), info.Mode(), info.Size())
		if !d.IsDir() {
			total += info.Size()
		}
		return nil
	})
	fmt.Println("total:", total, "err:", err)

	data, err := fs.ReadFile(fsys, "etc/hostname")
	fmt.Printf("%q %v\n", data, err)
	_, err = fs.ReadFile(fsys, "etc/passwd")
	fmt.Println(err, errors.Is(err, fs.ErrNotExist))
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path)

	matches, err := fs.Glob(fsys, "home/*/solutions/*.go")
	fmt.Println(matches, err)
	entries, _ := fs.ReadDir(fsys, "home/ta")
	for _, e := range entries {
		fmt.Println(" ", e.Name(), e.IsDir(), e.Type())
	}
	sub, _ := fs.Sub(fsys, "home/ta/solutions")
	names, _ := fs.Glob(sub, "*")
	fmt.Println("sub:", names)
	st, err := fs.Stat(fsys, "tmp")
	fmt.Println(st.Name(), st.IsDir(), st.Mode(), err)
	fmt.Println("valid:", fs.ValidPath("a/../b"), fs.ValidPath("a/b"), fs.ValidPath("/a"))
}
