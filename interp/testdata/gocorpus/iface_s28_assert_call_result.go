package main

import (
	"fmt"
	"strings"
)

type Node interface{ String() string }

type Num struct{ V int }

type Bin struct {
	Op   byte
	L, R Node
}

func (n *Num) String() string { return fmt.Sprint(n.V) }

func (b *Bin) String() string {
	return "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")"
}

func parse(tokens []string) Node {
	var st []Node
	for _, t := range tokens {
		switch t {
		case "+", "*":
			r, l := st[len(st)-1], st[len(st)-2]
			st = append(st[:len(st)-2], &Bin{Op: t[0], L: l, R: r})
		default:
			var v int
			fmt.Sscan(t, &v)
			st = append(st, &Num{v})
		}
	}
	return st[0]
}

func eval(n Node) int {
	if b, ok := n.(*Bin); ok {
		if b.Op == '+' {
			return eval(b.L) + eval(b.R)
		}
		return eval(b.L) * eval(b.R)
	}
	return n.(*Num).V
}

func left(n Node) Node { return n.(*Bin).L }

func main() {
	root := parse(strings.Fields("1 2 + 3 4 + *"))
	b := root.(*Bin)
	fmt.Println(b, string(b.Op), eval(root))
	fmt.Println(parse(strings.Fields("5 6 *")).(*Bin).R, left(parse(strings.Fields("7 8 +"))))
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(left(left(root)))
}
