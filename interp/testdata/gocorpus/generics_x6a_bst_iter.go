// Exercises: generic binary search tree built by recursive insert returning the new root, in-order iter.Seq2 with an explicit stack, early break, cmp.Ordered
package main

import (
	"cmp"
	"fmt"
	"iter"
)

type BST[K cmp.Ordered, V any] struct {
	Key         K
	Val         V
	Left, Right *BST[K, V]
}

func Insert[K cmp.Ordered, V any](t *BST[K, V], k K, v V) *BST[K, V] {
	if t == nil {
		return &BST[K, V]{Key: k, Val: v}
	}
	if k < t.Key {
		t.Left = Insert(t.Left, k, v)
	} else if k > t.Key {
		t.Right = Insert(t.Right, k, v)
	} else {
		t.Val = v
	}
	return t
}

func (t *BST[K, V]) InOrder() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var stack []*BST[K, V]
		cur := t
		for cur != nil || len(stack) > 0 {
			for cur != nil {
				stack = append(stack, cur)
				cur = cur.Left
			}
			cur = stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if !yield(cur.Key, cur.Val) {
				return
			}
			cur = cur.Right
		}
	}
}

func main() {
	var root *BST[int, string]
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 30} {
		root = Insert(root, k, fmt.Sprint("v", k))
	}
	for k, v := range root.InOrder() {
		fmt.Print(k, ":", v, " ")
	}
	fmt.Println()
	for k := range root.InOrder() {
		if k > 45 {
			fmt.Println("first over 45:", k)
			break
		}
	}
	var words *BST[string, int]
	for i, w := range []string{"pear", "apple", "fig", "apple"} {
		words = Insert(words, w, i)
	}
	for w, i := range words.InOrder() {
		fmt.Print(w, "@", i, ",")
	}
	fmt.Println()
}
