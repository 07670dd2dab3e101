package main

import (
	"errors"
	"fmt"
	"strings"
)

type Node struct {
	Key                 int
	Left, Right, Parent *Node
}

type BST struct{ Root *Node }

var ErrNotFound = errors.New("key not found")

func (t *BST) Insert(k int) {
	z := &Node{Key: k}
	var y *Node
	x := t.Root
	for x != nil {
		y = x
		if k < x.Key {
			x = x.Left
		} else {
			x = x.Right
		}
	}
	z.Parent = y
	switch {
	case y == nil:
		t.Root = z
	case k < y.Key:
		y.Left = z
	default:
		y.Right = z
	}
}

func (t *BST) Search(k int) (*Node, error) {
	x := t.Root
	for x != nil && x.Key != k {
		if k < x.Key {
			x = x.Left
		} else {
			x = x.Right
		}
	}
	if x == nil {
		return nil, fmt.Errorf("search %d: %w", k, ErrNotFound)
	}
	return x, nil
}

func minimum(x *Node) *Node {
	for x.Left != nil {
		x = x.Left
	}
	return x
}

func successor(x *Node) *Node {
	if x.Right != nil {
		return minimum(x.Right)
	}
	y := x.Parent
	for y != nil && x == y.Right {
		x, y = y, y.Parent
	}
	return y
}

func (t *BST) transplant(u, v *Node) {
	if u.Parent == nil {
		t.Root = v
	} else if u == u.Parent.Left {
		u.Parent.Left = v
	} else {
		u.Parent.Right = v
	}
	if v != nil {
		v.Parent = u.Parent
	}
}

func (t *BST) Delete(z *Node) {
	if z.Left == nil {
		t.transplant(z, z.Right)
	} else if z.Right == nil {
		t.transplant(z, z.Left)
	} else {
		y := minimum(z.Right)
		if y.Parent != z {
			t.transplant(y, y.Right)
			y.Right = z.Right
			y.Right.Parent = y
		}
		t.transplant(z, y)
		y.Left = z.Left
		y.Left.Parent = y
	}
}

func (n *Node) String() string {
	if n == nil {
		return "."
	}
	return fmt.Sprintf("(%v %d %v)", n.Left, n.Key, n.Right)
}

func inorder(n *Node, sb *strings.Builder) {
	if n != nil {
		inorder(n.Left, sb)
		fmt.Fprintf(sb, "%d ", n.Key)
		inorder(n.Right, sb)
	}
}

func main() {
	t := &BST{}
	for _, k := range []int{15, 6, 18, 3, 7, 17, 20, 2, 4, 13, 9} {
		t.Insert(k)
	}
	fmt.Println(t.Root)
	n, _ := t.Search(13)
	fmt.Println("successor of 13:", successor(n).Key)
	if _, err := t.Search(99); errors.Is(err, ErrNotFound) {
		fmt.Println("error:", err)
	}
	for _, k := range []int{6, 15, 2} {
		z, err := t.Search(k)
		if err != nil {
			panic(err)
		}
		t.Delete(z)
		var sb strings.Builder
		inorder(t.Root, &sb)
		fmt.Printf("after delete %d: %s| root=%d\n", k, sb.String(), t.Root.Key)
	}
	fmt.Println(t.Root)
}
