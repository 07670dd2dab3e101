package main

import (
	"fmt"
	"sort"
	"strings"
)

type Node interface {
	Name() string
	Size() int64
	Print(sb *strings.Builder, indent string)
}

type File struct {
	name string
	size int64
}

func (f *File) Name() string { return f.name }
func (f *File) Size() int64  { return f.size }
func (f *File) Print(sb *strings.Builder, indent string) {
	fmt.Fprintf(sb, "%s%s (%d)\n", indent, f.name, f.size)
}

type Dir struct {
	name     string
	children []Node
}

func (d *Dir) Name() string { return d.name }

func (d *Dir) Size() int64 {
	var total int64
	for _, c := range d.children {
		total += c.Size()
	}
	return total
}

func (d *Dir) Add(nodes ...Node) *Dir {
	d.children = append(d.children, nodes...)
	sort.Slice(d.children, func(i, j int) bool {
		_, di := d.children[i].(*Dir)
		_, dj := d.children[j].(*Dir)
		if di != dj {
			return di
		}
		return d.children[i].Name() < d.children[j].Name()
	})
	return d
}

func (d *Dir) Print(sb *strings.Builder, indent string) {
	fmt.Fprintf(sb, "%s%s/ [%d]\n", indent, d.name, d.Size())
	for _, c := range d.children {
		c.Print(sb, indent+"  ")
	}
}

func Walk(n Node, path string, fn func(path string, n Node) bool) bool {
	p := path + "/" + n.Name()
	if !fn(p, n) {
		return false
	}
	if d, ok := n.(*Dir); ok {
		for _, c := range d.children {
			if !Walk(c, p, fn) {
				return false
			}
		}
	}
	return true
}

func Find(root Node, pred func(Node) bool) []string {
	var found []string
	Walk(root, "", func(p string, n Node) bool {
		if pred(n) {
			found = append(found, p)
		}
		return true
	})
	return found
}

func main() {
	root := &Dir{name: "root"}
	src := (&Dir{name: "src"}).Add(
		&File{"main.go", 1200},
		&File{"util.go", 640},
		(&Dir{name: "internal"}).Add(&File{"db.go", 3000}, &File{"cache.go", 800}),
	)
	docs := (&Dir{name: "docs"}).Add(&File{"README.md", 450}, &File{"CHANGELOG.md", 2100})
	root.Add(&File{"go.mod", 40}, src, docs, &Dir{name: "empty"})

	var sb strings.Builder
	root.Print(&sb, "")
	fmt.Print(sb.String())

	big := Find(root, func(n Node) bool {
		_, isFile := n.(*File)
		return isFile && n.Size() > 1000
	})
	fmt.Println("big files:", big)

	goFiles := Find(root, func(n Node) bool { return strings.HasSuffix(n.Name(), ".go") })
	fmt.Println("go files:", len(goFiles), goFiles)

	count := 0
	Walk(root, "", func(p string, n Node) bool {
		count++
		return count < 5
	})
	fmt.Println("stopped after", count)
	fmt.Printf("%v %+v\n", *docs.children[0].(*File), docs.children[1])
}
