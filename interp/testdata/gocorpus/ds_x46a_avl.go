package main

import (
	"cmp"
	"fmt"
	"strings"
)

type AVL[T cmp.Ordered] struct {
	root *avlNode[T]
}

type avlNode[T cmp.Ordered] struct {
	val         T
	height      int
	left, right *avlNode[T]
}

func height[T cmp.Ordered](n *avlNode[T]) int {
	if n == nil {
		return 0
	}
	return n.height
}

func (n *avlNode[T]) update() {
	n.height = 1 + max(height(n.left), height(n.right))
}

func (n *avlNode[T]) balance() int { return height(n.left) - height(n.right) }

func rotateRight[T cmp.Ordered](y *avlNode[T]) *avlNode[T] {
	x := y.left
	y.left = x.right
	x.right = y
	y.update()
	x.update()
	return x
}

func rotateLeft[T cmp.Ordered](x *avlNode[T]) *avlNode[T] {
	y := x.right
	x.right = y.left
	y.left = x
	x.update()
	y.update()
	return y
}

var rotations []string

func insert[T cmp.Ordered](n *avlNode[T], v T) *avlNode[T] {
	if n == nil {
		return &avlNode[T]{val: v, height: 1}
	}
	if v < n.val {
		n.left = insert(n.left, v)
	} else if v > n.val {
		n.right = insert(n.right, v)
	} else {
		return n
	}
	n.update()
	b := n.balance()
	switch {
	case b > 1 && v < n.left.val:
		rotations = append(rotations, fmt.Sprintf("LL@%v", n.val))
		return rotateRight(n)
	case b < -1 && v > n.right.val:
		rotations = append(rotations, fmt.Sprintf("RR@%v", n.val))
		return rotateLeft(n)
	case b > 1:
		rotations = append(rotations, fmt.Sprintf("LR@%v", n.val))
		n.left = rotateLeft(n.left)
		return rotateRight(n)
	case b < -1:
		rotations = append(rotations, fmt.Sprintf("RL@%v", n.val))
		n.right = rotateRight(n.right)
		return rotateLeft(n)
	}
	return n
}

func (t *AVL[T]) Insert(vs ...T) {
	for _, v := range vs {
		t.root = insert(t.root, v)
	}
}

func (t *AVL[T]) Contains(v T) bool {
	n := t.root
	for n != nil {
		switch {
		case v < n.val:
			n = n.left
		case v > n.val:
			n = n.right
		default:
			return true
		}
	}
	return false
}

func (t *AVL[T]) String() string {
	var sb strings.Builder
	var walk func(n *avlNode[T], depth int)
	walk = func(n *avlNode[T], depth int) {
		if n == nil {
			return
		}
		walk(n.right, depth+1)
		fmt.Fprintf(&sb, "%s%v (h=%d)\n", strings.Repeat("    ", depth), n.val, n.height)
		walk(n.left, depth+1)
	}
	walk(t.root, 0)
	return sb.String()
}

func main() {
	var t AVL[int]
	t.Insert(1, 2, 3, 4, 5, 6, 7)
	fmt.Print(t.String())
	fmt.Println("rotations:", rotations)
	rotations = nil
	t.Insert(15, 14, 13, 10, 12, 11)
	fmt.Println("height:", height(t.root), "rotations:", rotations)
	for _, v := range []int{4, 9, 13} {
		fmt.Printf("contains(%d)=%t\n", v, t.Contains(v))
	}

	var s AVL[string]
	rotations = rotations[:0]
	s.Insert(strings.Split("m,c,x,a,e,d,b", ",")...)
	fmt.Print(s.String())
	fmt.Printf("%q\n", rotations)
}
