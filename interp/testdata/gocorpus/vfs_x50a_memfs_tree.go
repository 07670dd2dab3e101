package main

import (
	"errors"
	"fmt"
	"path"
	"sort"
	"strings"
)

var (
	ErrNotFound = errors.New("no such file or directory")
	ErrNotDir   = errors.New("not a directory")
	ErrExists   = errors.New("file exists")
)

type Node struct {
	name     string
	isDir    bool
	data     []byte
	children map[string]*Node
}

type FS struct{ root *Node }

func NewFS() *FS {
	return &FS{root: &Node{name: "/", isDir: true, children: map[string]*Node{}}}
}

func split(p string) []string {
	p = path.Clean("/" + p)
	if p == "/" {
		return nil
	}
	return strings.Split(p[1:], "/")
}

func (fs *FS) walk(parts []string) (*Node, error) {
	n := fs.root
	for _, part := range parts {
		if !n.isDir {
			return nil, ErrNotDir
		}
		c, ok := n.children[part]
		if !ok {
			return nil, ErrNotFound
		}
		n = c
	}
	return n, nil
}

func (fs *FS) MkdirAll(p string) error {
	n := fs.root
	for _, part := range split(p) {
		c, ok := n.children[part]
		if !ok {
			c = &Node{name: part, isDir: true, children: map[string]*Node{}}
			n.children[part] = c
		} else if !c.isDir {
			return &PathError{"mkdir", p, ErrNotDir}
		}
		n = c
	}
	return nil
}

type PathError struct {
	Op, Path string
	Err      error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

func (fs *FS) WriteFile(p string, data []byte) error {
	parts := split(p)
	dir, err := fs.walk(parts[:len(parts)-1])
	if err != nil {
		return &PathError{"write", p, err}
	}
	name := parts[len(parts)-1]
	if c, ok := dir.children[name]; ok && c.isDir {
		return &PathError{"write", p, ErrExists}
	}
	dir.children[name] = &Node{name: name, data: append([]byte(nil), data...)}
	return nil
}

func (fs *FS) ReadFile(p string) ([]byte, error) {
	n, err := fs.walk(split(p))
	if err != nil {
		return nil, &PathError{"open", p, err}
	}
	return n.data, nil
}

func (fs *FS) Tree(n *Node, indent string, out *strings.Builder) {
	names := make([]string, 0, len(n.children))
	for k := range n.children {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		c := n.children[k]
		if c.isDir {
			fmt.Fprintf(out, "%s%s/\n", indent, k)
			fs.Tree(c, indent+"  ", out)
		} else {
			fmt.Fprintf(out, "%s%s (%d bytes)\n", indent, k, len(c.data))
		}
	}
}

func main() {
	fs := NewFS()
	must := func(err error) {
		if err != nil {
			fmt.Println("error:", err)
		}
	}
	must(fs.MkdirAll("/home/alice/docs"))
	must(fs.MkdirAll("/etc"))
	must(fs.WriteFile("/etc/hosts", []byte("127.0.0.1 localhost\n")))
	must(fs.WriteFile("/home/alice/docs/notes.txt", []byte("buy milk")))
	must(fs.WriteFile("/home/alice/../alice/.profile", []byte("export X=1")))
	must(fs.WriteFile("/nope/file", []byte("x")))
	must(fs.MkdirAll("/etc/hosts/sub"))
	must(fs.WriteFile("/home", []byte("x")))
	data, err := fs.ReadFile("home//alice/docs/notes.txt")
	fmt.Printf("%q %v\n", data, err)
	_, err = fs.ReadFile("/etc/hosts/x")
	fmt.Println(err, errors.Is(err, ErrNotDir))
	var pe *PathError
	if errors.As(err, &pe) {
		fmt.Printf("%+v\n", *pe)
	}
	var sb strings.Builder
	fs.Tree(fs.root, "", &sb)
	fmt.Print(sb.String())
}
