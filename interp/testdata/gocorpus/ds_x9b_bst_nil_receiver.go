// Exercises: binary search tree with insert/delete/inorder/height, methods that work on a nil *Tree receiver, recursion returning new roots, in-order keys by append recursion.
package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Key         int
}

func (t *Tree) Insert(k int) *Tree {
	switch {
	case t == nil:
		return &Tree{Key: k}
	case k < t.Key:
		t.Left = t.Left.Insert(k)
	case k > t.Key:
		t.Right = t.Right.Insert(k)
	}
	return t
}
func (t *Tree) Sum() int {
	if t == nil {
		return 0
	}
	return t.Key + t.Left.Sum() + t.Right.Sum()
}
func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.Left.Height(), t.Right.Height())
}
func (t *Tree) Keys() []int {
	if t == nil {
		return nil
	}
	return append(append(t.Left.Keys(), t.Key), t.Right.Keys()...)
}
func (t *Tree) Delete(k int) *Tree {
	switch {
	case t == nil:
		return nil
	case k < t.Key:
		t.Left = t.Left.Delete(k)
	case k > t.Key:
		t.Right = t.Right.Delete(k)
	case t.Left == nil:
		return t.Right
	case t.Right == nil:
		return t.Left
	default: // two children: take the smallest key of the right subtree
		t.Key = t.Right.Keys()[0]
		t.Right = t.Right.Delete(t.Key)
	}
	return t
}

func main() {
	var root *Tree // nil: Sum, Height and Keys still work
	fmt.Println(root.Sum(), root.Height(), root.Keys() == nil)
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		root = root.Insert(k)
	}
	fmt.Println(root.Keys(), root.Sum(), root.Height())
	for _, k := range []int{20, 30, 50, 99} {
		root = root.Delete(k)
		fmt.Println("del", k, root.Keys(), "root", root.Key, "h", root.Height())
	}
}
