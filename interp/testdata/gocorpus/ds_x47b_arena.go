package main

import (
	"fmt"
	"strings"
)

type NodeID int32

const NilNode NodeID = -1

type Node struct {
	Key         int
	Left, Right NodeID
	Height      int8
}

type Tree struct {
	nodes []Node
	root  NodeID
}

func NewTree() *Tree { return &Tree{root: NilNode} }

func (t *Tree) alloc(key int) NodeID {
	t.nodes = append(t.nodes, Node{Key: key, Left: NilNode, Right: NilNode, Height: 1})
	return NodeID(len(t.nodes) - 1)
}

func (t *Tree) h(id NodeID) int8 {
	if id == NilNode {
		return 0
	}
	return t.nodes[id].Height
}

func (t *Tree) fix(id NodeID) {
	n := &t.nodes[id]
	n.Height = max(t.h(n.Left), t.h(n.Right)) + 1
}

func (t *Tree) rotRight(id NodeID) NodeID {
	l := t.nodes[id].Left
	t.nodes[id].Left = t.nodes[l].Right
	t.nodes[l].Right = id
	t.fix(id)
	t.fix(l)
	return l
}

func (t *Tree) rotLeft(id NodeID) NodeID {
	r := t.nodes[id].Right
	t.nodes[id].Right = t.nodes[r].Left
	t.nodes[r].Left = id
	t.fix(id)
	t.fix(r)
	return r
}

func (t *Tree) insert(id NodeID, key int) NodeID {
	if id == NilNode {
		return t.alloc(key)
	}
	if key < t.nodes[id].Key {
		t.nodes[id].Left = t.insert(t.nodes[id].Left, key)
	} else {
		t.nodes[id].Right = t.insert(t.nodes[id].Right, key)
	}
	t.fix(id)
	bal := t.h(t.nodes[id].Left) - t.h(t.nodes[id].Right)
	switch {
	case bal > 1:
		if key >= t.nodes[t.nodes[id].Left].Key {
			t.nodes[id].Left = t.rotLeft(t.nodes[id].Left)
		}
		return t.rotRight(id)
	case bal < -1:
		if key < t.nodes[t.nodes[id].Right].Key {
			t.nodes[id].Right = t.rotRight(t.nodes[id].Right)
		}
		return t.rotLeft(id)
	}
	return id
}

func (t *Tree) Insert(key int) { t.root = t.insert(t.root, key) }

func (t *Tree) InOrder(id NodeID, visit func(Node)) {
	if id == NilNode {
		return
	}
	t.InOrder(t.nodes[id].Left, visit)
	visit(t.nodes[id])
	t.InOrder(t.nodes[id].Right, visit)
}

func (t *Tree) Dump(id NodeID, depth int, sb *strings.Builder) {
	if id == NilNode {
		return
	}
	t.Dump(t.nodes[id].Right, depth+1, sb)
	fmt.Fprintf(sb, "%s%d(#%d)\n", strings.Repeat("  ", depth), t.nodes[id].Key, id)
	t.Dump(t.nodes[id].Left, depth+1, sb)
}

func main() {
	t := NewTree()
	for _, k := range []int{10, 20, 30, 40, 50, 25, 5, 4, 3, 35} {
		t.Insert(k)
	}
	var keys []int
	t.InOrder(t.root, func(n Node) { keys = append(keys, n.Key) })
	fmt.Println(keys)
	fmt.Println("root", t.root, "height", t.h(t.root), "arena", len(t.nodes), cap(t.nodes) >= len(t.nodes))
	var sb strings.Builder
	t.Dump(t.root, 0, &sb)
	fmt.Print(sb.String())
	fmt.Printf("%+v\n", t.nodes[0])
	fmt.Printf("%v\n", t.nodes[:3])
}
