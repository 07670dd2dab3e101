package main

import (
	"errors"
	"fmt"
	"path"
	"strings"
)

type Node interface {
	Name() string
}

type File struct {
	name    string
	content string
}

type Dir struct {
	name    string
	entries map[string]Node
}

type Symlink struct {
	name   string
	target string
}

func (f *File) Name() string    { return f.name }
func (d *Dir) Name() string     { return d.name }
func (s *Symlink) Name() string { return s.name }

var ErrLoop = errors.New("too many levels of symbolic links")

type Shell struct {
	root *Dir
	cwd  string
}

func (sh *Shell) resolve(p string, depth int) (Node, string, error) {
	if depth > 8 {
		return nil, "", ErrLoop
	}
	if !path.IsAbs(p) {
		p = path.Join(sh.cwd, p)
	}
	p = path.Clean(p)
	var cur Node = sh.root
	curPath := "/"
	for _, part := range strings.Split(strings.TrimPrefix(p, "/"), "/") {
		if part == "" {
			continue
		}
		d, ok := cur.(*Dir)
		if !ok {
			return nil, "", fmt.Errorf("%s: not a directory", curPath)
		}
		next, ok := d.entries[part]
		if !ok {
			return nil, "", fmt.Errorf("%s: no such file", path.Join(curPath, part))
		}
		if l, ok := next.(*Symlink); ok {
			target := l.target
			if !path.IsAbs(target) {
				target = path.Join(curPath, target)
			}
			n, rp, err := sh.resolve(target, depth+1)
			if err != nil {
				return nil, "", fmt.Errorf("via %s: %w", l.name, err)
			}
			cur, curPath = n, rp
			continue
		}
		cur, curPath = next, path.Join(curPath, part)
	}
	return cur, curPath, nil
}

func (sh *Shell) Run(cmd string) {
	f := strings.Fields(cmd)
	fmt.Printf("%s$ %s\n", sh.cwd, cmd)
	switch f[0] {
	case "cd":
		n, rp, err := sh.resolve(f[1], 0)
		if err != nil {
			fmt.Println("cd:", err)
			return
		}
		if _, ok := n.(*Dir); !ok {
			fmt.Println("cd: not a directory:", f[1])
			return
		}
		sh.cwd = rp
	case "cat":
		n, _, err := sh.resolve(f[1], 0)
		switch v := n.(type) {
		case *File:
			fmt.Println(v.content)
		case *Dir:
			fmt.Println("cat:", v.name, "is a directory")
		default:
			fmt.Println("cat:", err, errors.Is(err, ErrLoop))
		}
	case "realpath":
		_, rp, err := sh.resolve(f[1], 0)
		fmt.Println(rp, err)
	default:
		fmt.Printf("%s: command not found\n", f[0])
	}
}

func mkdir(name string, children ...Node) *Dir {
	d := &Dir{name: name, entries: map[string]Node{}}
	for _, c := range children {
		d.entries[c.Name()] = c
	}
	return d
}

func main() {
	root := mkdir("/",
		mkdir("usr", mkdir("lib", &File{"libc.so.6", "ELF..."}, &Symlink{"libc.so", "libc.so.6"})),
		mkdir("home", mkdir("bob", &File{"todo", "write vfs"}, &Symlink{"lib", "/usr/lib"})),
		&Symlink{"loop1", "loop2"}, &Symlink{"loop2", "/loop1"},
		&Symlink{"bin", "usr/bin"},
	)
	sh := &Shell{root: root, cwd: "/"}
	for _, c := range []string{
		"cd home/bob", "cat todo", "cat lib/libc.so", "realpath lib/../todo",
		"cd lib", "realpath .", "cat ../../home/bob/todo", "cat /loop1",
		"cd /bin", "cat /home", "cd /home/bob/todo", "ls",
	} {
		sh.Run(c)
	}
}
