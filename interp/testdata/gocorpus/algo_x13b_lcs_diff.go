package main

import (
	"fmt"
	"strings"
)

type Op struct {
	Kind byte // ' ', '-', '+'
	Text string
}

func Diff(a, b []string) []Op {
	n, m := len(a), len(b)
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var ops []Op
	i, j := 0, 0
	for i < n && j < m {
		switch {
		case a[i] == b[j]:
			ops = append(ops, Op{' ', a[i]})
			i++
			j++
		case lcs[i+1][j] >= lcs[i][j+1]:
			ops = append(ops, Op{'-', a[i]})
			i++
		default:
			ops = append(ops, Op{'+', b[j]})
			j++
		}
	}
	for ; i < n; i++ {
		ops = append(ops, Op{'-', a[i]})
	}
	for ; j < m; j++ {
		ops = append(ops, Op{'+', b[j]})
	}
	return ops
}

func Stats(ops []Op) (same, del, add int) {
	for _, op := range ops {
		switch op.Kind {
		case ' ':
			same++
		case '-':
			del++
		case '+':
			add++
		}
	}
	return
}

func Similarity(a, b string) float64 {
	ops := Diff(strings.Split(a, ""), strings.Split(b, ""))
	s, d, ad := Stats(ops)
	if s+d+ad == 0 {
		return 1
	}
	return 2 * float64(s) / float64(2*s+d+ad)
}

const before = `package main
import "fmt"
func main() {
	fmt.Println("hello")
	x := 1
	fmt.Println(x)
}`

const after = `package main
import "fmt"
func main() {
	x := 2
	fmt.Println("hello")
	fmt.Println(x, x*2)
}`

func main() {
	ops := Diff(strings.Split(before, "\n"), strings.Split(after, "\n"))
	for _, op := range ops {
		fmt.Printf("%c %s\n", op.Kind, op.Text)
	}
	fmt.Println(Stats(ops))
	for _, p := range [][2]string{{"kitten", "sitting"}, {"gopher", "gopher"}, {"", ""}, {"abc", "xyz"}, {"flaw", "lawn"}} {
		fmt.Printf("%s/%s %.3f\n", p[0], p[1], Similarity(p[0], p[1]))
	}
}
