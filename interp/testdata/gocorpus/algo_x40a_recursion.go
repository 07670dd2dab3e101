package main

import (
	"fmt"
	"strings"
)

func fact(n int) int {
	if n == 0 {
		return 1
	}
	return n * fact(n-1)
}

func hanoi(n int, from, to, via string, moves *[]string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, from+"->"+to)
	hanoi(n-1, via, to, from, moves)
}

func permutations(s []rune) []string {
	if len(s) <= 1 {
		return []string{string(s)}
	}
	var out []string
	for i := range s {
		rest := make([]rune, 0, len(s)-1)
		rest = append(rest, s[:i]...)
		rest = append(rest, s[i+1:]...)
		for _, p := range permutations(rest) {
			out = append(out, string(s[i])+p)
		}
	}
	return out
}

type Tree struct {
	Left, Right *Tree
	Val         int
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

func (t *Tree) walk(depth int, sb *strings.Builder) {
	if t == nil {
		return
	}
	t.Right.walk(depth+1, sb)
	fmt.Fprintf(sb, "%s%d\n", strings.Repeat("  ", depth), t.Val)
	t.Left.walk(depth+1, sb)
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	default:
		return ackermann(m-1, ackermann(m, n-1))
	}
}

func main() {
	fmt.Println(fact(7))
	var moves []string
	hanoi(3, "A", "C", "B", &moves)
	fmt.Println(len(moves), strings.Join(moves, " "))
	fmt.Println(permutations([]rune("abc")))

	var root *Tree
	for _, v := range []int{5, 3, 8, 1, 4, 9, 7} {
		root = insert(root, v)
	}
	var sb strings.Builder
	root.walk(0, &sb)
	fmt.Print(sb.String())
	fmt.Println("ackermann(2,3) =", ackermann(2, 3))
}
