package main

import (
	"fmt"
	"strings"
)

type Pos int

type Node interface {
	Pos() Pos
	End() Pos
}

type node struct{ from, to Pos }

func (n node) Pos() Pos { return n.from }
func (n node) End() Pos { return n.to }

type (
	Ident struct {
		node
		Name string
	}
	BasicLit struct {
		node
		Value string
	}
	BinaryExpr struct {
		node
		X, Y Node
		Op   string
	}
	CallExpr struct {
		node
		Fun  Node
		Args []Node
	}
	ParenExpr struct {
		node
		X Node
	}
)

func Inspect(n Node, f func(Node) bool) {
	if n == nil || !f(n) {
		return
	}
	switch n := n.(type) {
	case *BinaryExpr:
		Inspect(n.X, f)
		Inspect(n.Y, f)
	case *CallExpr:
		Inspect(n.Fun, f)
		for _, a := range n.Args {
			Inspect(a, f)
		}
	case *ParenExpr:
		Inspect(n.X, f)
	}
	f(nil)
}

func src(n Node) string {
	switch n := n.(type) {
	case *Ident:
		return n.Name
	case *BasicLit:
		return n.Value
	case *BinaryExpr:
		return src(n.X) + " " + n.Op + " " + src(n.Y)
	case *CallExpr:
		args := make([]string, len(n.Args))
		for i, a := range n.Args {
			args[i] = src(a)
		}
		return src(n.Fun) + "(" + strings.Join(args, ", ") + ")"
	case *ParenExpr:
		return "(" + src(n.X) + ")"
	}
	return "?"
}

func main() {
	// max(a, (b + 1) * 2)
	tree := &CallExpr{node{0, 20}, &Ident{node{0, 3}, "max"}, []Node{
		&Ident{node{4, 5}, "a"},
		&BinaryExpr{node{7, 19}, &ParenExpr{node{7, 14}, &BinaryExpr{node{8, 13}, &Ident{node{8, 9}, "b"}, &BasicLit{node{12, 13}, "1"}, "+"}}, &BasicLit{node{17, 18}, "2"}, "*"},
	}}
	fmt.Println(src(tree))
	depth := 0
	Inspect(tree, func(n Node) bool {
		if n == nil {
			depth--
			return false
		}
		fmt.Printf("%s%T [%d,%d)\n", strings.Repeat("  ", depth), n, n.Pos(), n.End())
		depth++
		return true
	})
	var idents []string
	Inspect(tree, func(n Node) bool {
		if id, ok := n.(*Ident); ok {
			idents = append(idents, id.Name)
		}
		_, isParen := n.(*ParenExpr)
		return !isParen
	})
	fmt.Println(idents, depth)
	var lits int
	Inspect(tree, func(n Node) bool {
		if bl, ok := n.(*BasicLit); ok && bl.Value != "" {
			lits++
		}
		return true
	})
	fmt.Println("lits:", lits, tree.Args[1].End()-tree.Args[1].Pos())
}
