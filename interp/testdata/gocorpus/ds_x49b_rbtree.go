package main

import (
	"fmt"
	"strings"
)

type color bool

const (
	red   color = true
	black color = false
)

type rbNode struct {
	key                 int
	c                   color
	left, right, parent *rbNode
}

type RBTree struct {
	nil_      *rbNode
	root      *rbNode
	rotations int
}

func NewRBTree() *RBTree {
	sentinel := &rbNode{c: black}
	return &RBTree{nil_: sentinel, root: sentinel}
}

func (t *RBTree) leftRotate(x *rbNode) {
	y := x.right
	x.right = y.left
	if y.left != t.nil_ {
		y.left.parent = x
	}
	y.parent = x.parent
	if x.parent == t.nil_ {
		t.root = y
	} else if x == x.parent.left {
		x.parent.left = y
	} else {
		x.parent.right = y
	}
	y.left = x
	x.parent = y
	t.rotations++
}

func (t *RBTree) rightRotate(x *rbNode) {
	y := x.left
	x.left = y.right
	if y.right != t.nil_ {
		y.right.parent = x
	}
	y.parent = x.parent
	if x.parent == t.nil_ {
		t.root = y
	} else if x == x.parent.right {
		x.parent.right = y
	} else {
		x.parent.left = y
	}
	y.right = x
	x.parent = y
	t.rotations++
}

func (t *RBTree) Insert(k int) {
	z := &rbNode{key: k, c: red, left: t.nil_, right: t.nil_}
	y, x := t.nil_, t.root
	for x != t.nil_ {
		y = x
		if k < x.key {
			x = x.left
		} else {
			x = x.right
		}
	}
	z.parent = y
	if y == t.nil_ {
		t.root = z
	} else if k < y.key {
		y.left = z
	} else {
		y.right = z
	}
	for z.parent.c == red {
		if z.parent == z.parent.parent.left {
			y := z.parent.parent.right
			if y.c == red {
				z.parent.c, y.c, z.parent.parent.c = black, black, red
				z = z.parent.parent
			} else {
				if z == z.parent.right {
					z = z.parent
					t.leftRotate(z)
				}
				z.parent.c, z.parent.parent.c = black, red
				t.rightRotate(z.parent.parent)
			}
		} else {
			y := z.parent.parent.left
			if y.c == red {
				z.parent.c, y.c, z.parent.parent.c = black, black, red
				z = z.parent.parent
			} else {
				if z == z.parent.left {
					z = z.parent
					t.rightRotate(z)
				}
				z.parent.c, z.parent.parent.c = black, red
				t.leftRotate(z.parent.parent)
			}
		}
	}
	t.root.c = black
}

func (t *RBTree) format(n *rbNode, sb *strings.Builder) {
	if n == t.nil_ {
		sb.WriteString("-")
		return
	}
	tag := "B"
	if n.c == red {
		tag = "R"
	}
	fmt.Fprintf(sb, "%d%s(", n.key, tag)
	t.format(n.left, sb)
	sb.WriteString(",")
	t.format(n.right, sb)
	sb.WriteString(")")
}

func (t *RBTree) blackHeight() int {
	h := 0
	for n := t.root; n != t.nil_; n = n.left {
		if n.c == black {
			h++
		}
	}
	return h
}

func main() {
	t := NewRBTree()
	for _, k := range []int{41, 38, 31, 12, 19, 8, 1, 2, 3, 4} {
		t.Insert(k)
		var sb strings.Builder
		t.format(t.root, &sb)
		fmt.Printf("+%-3d bh=%d rot=%d %s\n", k, t.blackHeight(), t.rotations, sb.String())
	}
}
