// Exercises: adapter and composite patterns, recursive interface tree, adapter of a func type and of a foreign struct
package main

import (
	"fmt"
	"strings"
)

type Component interface {
	Size() int
	Render(indent int) string
}

type File struct {
	Name string
	Len  int
}

func (f File) Size() int { return f.Len }
func (f File) Render(indent int) string {
	return fmt.Sprintf("%s%s (%d)\n", strings.Repeat("  ", indent), f.Name, f.Len)
}

type Dir struct {
	Name     string
	Children []Component
}

func (d *Dir) Add(c ...Component) *Dir { d.Children = append(d.Children, c...); return d }
func (d *Dir) Size() int {
	n := 0
	for _, c := range d.Children {
		n += c.Size()
	}
	return n
}
func (d *Dir) Render(indent int) string {
	s := fmt.Sprintf("%s%s/ [%d]\n", strings.Repeat("  ", indent), d.Name, d.Size())
	for _, c := range d.Children {
		s += c.Render(indent + 1)
	}
	return s
}

// LegacyBlob is a type from elsewhere with the wrong method set.
type LegacyBlob struct{ Bytes []byte }

type blobAdapter struct {
	name string
	b    *LegacyBlob
}

func (a blobAdapter) Size() int                { return len(a.b.Bytes) }
func (a blobAdapter) Render(indent int) string { return File{a.name, a.Size()}.Render(indent) }

func main() {
	root := (&Dir{Name: "root"}).Add(File{"a.txt", 10},
		(&Dir{Name: "src"}).Add(File{"main.go", 120}, blobAdapter{"blob.bin", &LegacyBlob{make([]byte, 7)}}),
		&Dir{Name: "empty"})
	fmt.Print(root.Render(0))
	var c Component = root.Children[1]
	fmt.Println(c.Size(), len(root.Children))
}
