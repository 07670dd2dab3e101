package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Dir struct {
	Name     string
	Size     int
	Children []*Dir
}

func (d *Dir) Walk() iter.Seq2[string, *Dir] {
	return func(yield func(string, *Dir) bool) {
		var rec func(prefix string, n *Dir) bool
		rec = func(prefix string, n *Dir) bool {
			path := prefix + "/" + n.Name
			if !yield(path, n) {
				return false
			}
			for _, c := range n.Children {
				if !rec(path, c) {
					return false
				}
			}
			return true
		}
		rec("", d)
	}
}

func (d *Dir) Total() int {
	t := d.Size
	for _, c := range d.Children {
		t += c.Total()
	}
	return t
}

func Pairs[T any](s []T) iter.Seq2[T, T] {
	return func(yield func(T, T) bool) {
		for i := 0; i+1 < len(s); i++ {
			if !yield(s[i], s[i+1]) {
				return
			}
		}
	}
}

func main() {
	root := &Dir{Name: "root", Children: []*Dir{
		{Name: "bin", Size: 300},
		{Name: "home", Children: []*Dir{
			{Name: "ann", Size: 120, Children: []*Dir{{Name: "docs", Size: 40}}},
			{Name: "bob", Size: 80},
		}},
		{Name: "tmp", Size: 5},
	}}
	sizes := map[string]int{}
	for path, d := range root.Walk() {
		depth := strings.Count(path, "/") - 1
		fmt.Printf("%s%s (%d)\n", strings.Repeat("  ", depth), d.Name, d.Total())
		sizes[path] = d.Total()
	}
	for path := range root.Walk() {
		if strings.HasPrefix(path, "/root/home/") {
			fmt.Println("first in home:", path)
			break
		}
	}
	keys := slices.Sorted(maps.Keys(sizes))
	fmt.Println(keys)
	big := slices.DeleteFunc(slices.Clone(keys), func(k string) bool { return sizes[k] < 100 })
	fmt.Println(big)
	for a, b := range Pairs([]int{1, 4, 9, 16}) {
		fmt.Print(b-a, " ")
	}
	fmt.Println()
	next, stop := iter.Pull2(root.Walk())
	defer stop()
	for i := 0; i < 3; i++ {
		p, d, ok := next()
		fmt.Println(p, d.Size, ok)
	}
	chunks := slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3))
	fmt.Println(chunks)
	for i, v := range slices.Backward([]string{"x", "y", "z"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
}
