// Exercises: recursive push iterator over a file-tree struct, early break stops the recursion, counting yields
package main

import (
	"fmt"
	"iter"
	"strings"
)

type Entry struct {
	Name     string
	Children []*Entry
}

func (e *Entry) Walk() iter.Seq2[int, string] {
	var rec func(n *Entry, depth int, yield func(int, string) bool) bool
	rec = func(n *Entry, depth int, yield func(int, string) bool) bool {
		if !yield(depth, n.Name) {
			return false
		}
		for _, c := range n.Children {
			if !rec(c, depth+1, yield) {
				return false
			}
		}
		return true
	}
	return func(yield func(int, string) bool) { rec(e, 0, yield) }
}

func dir(name string, kids ...*Entry) *Entry { return &Entry{name, kids} }

func main() {
	root := dir("/",
		dir("src", dir("main.go"), dir("util", dir("a.go"), dir("b.go"))),
		dir("docs", dir("README.md")),
		dir("go.mod"))
	for d, n := range root.Walk() {
		fmt.Println(strings.Repeat("  ", d) + n)
	}
	visited := 0
	for _, n := range root.Walk() {
		visited++
		if strings.HasSuffix(n, ".go") {
			fmt.Println("first go file:", n, "after", visited)
			break
		}
	}
}
