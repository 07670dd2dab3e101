// Insertion sort using a binary tree, with traversal helpers and a
// recursive struct type, after section 4.4.
package main

import (
	"fmt"
	"math/rand"
	"strings"
)

type tree struct {
	value       int
	left, right *tree
}

// Sort sorts values in place.
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
		t = new(tree)
		t.value = value
		return t
	}
	if value < t.value {
		t.left = add(t.left, value)
	} else {
		t.right = add(t.right, value)
	}
	return t
}

func (t *tree) height() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.left.height(), t.right.height())
}

func (t *tree) String() string {
	if t == nil {
		return "()"
	}
	if t.left == nil && t.right == nil {
		return fmt.Sprint(t.value)
	}
	return fmt.Sprintf("(%v %d %v)", t.left, t.value, t.right)
}

func (t *tree) levels() [][]int {
	var out [][]int
	queue := []*tree{t}
	for len(queue) > 0 {
		var level []int
		var next []*tree
		for _, n := range queue {
			if n == nil {
				continue
			}
			level = append(level, n.value)
			next = append(next, n.left, n.right)
		}
		if len(level) > 0 {
			out = append(out, level)
		}
		queue = next
	}
	return out
}

func main() {
	data := make([]int, 20)
	rng := rand.New(rand.NewSource(42))
	for i := range data {
		data[i] = rng.Intn(100)
	}
	fmt.Println(data)
	Sort(data)
	fmt.Println(data)

	var root *tree
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35} {
		root = add(root, v)
	}
	fmt.Println(root)
	fmt.Println("height:", root.height(), "levels:", root.levels())
	var nilTree *tree
	fmt.Println(nilTree, nilTree.height())

	words := strings.Fields("sorting with a tree is an insertion sort")
	lengths := make([]int, len(words))
	for i, w := range words {
		lengths[i] = len(w)*10 + i
	}
	Sort(lengths)
	for _, l := range lengths {
		fmt.Print(words[l%10], " ")
	}
	fmt.Println()
}
