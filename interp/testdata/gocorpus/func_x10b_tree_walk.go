// Exercises: recursive tree insertion (tree sort), recursive walk with an accumulator slice, depth and count, appendValues returning a slice
package main

import (
	"fmt"
	"strings"
)

type tree struct {
	value       int
	left, right *tree
}

func Sort(values []int) {
	var root *tree
	for _, v := range values {
		root = add(root, v)
	}
	appendValues(values[:0], root)
}

func appendValues(values []int, t *tree) []int {
	if t != nil {
		values = appendValues(values, t.left)
		values = append(values, t.value)
		values = appendValues(values, t.right)
	}
	return values
}

func add(t *tree, value int) *tree {
	if t == nil {
		return &tree{value: value}
	}
	if value < t.value {
		t.left = add(t.left, value)
	} else {
		t.right = add(t.right, value)
	}
	return t
}

func depth(t *tree) int {
	if t == nil {
		return 0
	}
	return 1 + max(depth(t.left), depth(t.right))
}

func show(t *tree, indent int, sb *strings.Builder) {
	if t == nil {
		return
	}
	show(t.right, indent+1, sb)
	fmt.Fprintf(sb, "%s%d\n", strings.Repeat("  ", indent), t.value)
	show(t.left, indent+1, sb)
}
func main() {
	data := []int{50, 30, 70, 20, 40, 60, 80, 35, 65, 30}
	Sort(data)
	fmt.Println(data)
	var root *tree
	for _, v := range []int{5, 3, 8, 1, 4, 9} {
		root = add(root, v)
	}
	fmt.Println(depth(root), depth(nil))
	var sb strings.Builder
	show(root, 0, &sb)
	fmt.Print(sb.String())
}
