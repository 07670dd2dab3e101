package main

import (
	"fmt"
	"strings"
)

type Op struct {
	Kind byte
	Line string
}

func lcsTable(a, b []string) [][]int {
	t := make([][]int, len(a)+1)
	for i := range t {
		t[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				t[i][j] = t[i+1][j+1] + 1
			} else {
				t[i][j] = max(t[i+1][j], t[i][j+1])
			}
		}
	}
	return t
}

func Diff(a, b []string) []Op {
	t := lcsTable(a, b)
	var ops []Op
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			ops = append(ops, Op{' ', a[i]})
			i++
			j++
		case t[i+1][j] >= t[i][j+1]:
			ops = append(ops, Op{'-', a[i]})
			i++
		default:
			ops = append(ops, Op{'+', b[j]})
			j++
		}
	}
	for ; i < len(a); i++ {
		ops = append(ops, Op{'-', a[i]})
	}
	for ; j < len(b); j++ {
		ops = append(ops, Op{'+', b[j]})
	}
	return ops
}

func unified(ops []Op, ctx int) string {
	var sb strings.Builder
	keep := make([]bool, len(ops))
	for i, op := range ops {
		if op.Kind != ' ' {
			for k := max(0, i-ctx); k <= min(len(ops)-1, i+ctx); k++ {
				keep[k] = true
			}
		}
	}
	gap := false
	for i, op := range ops {
		if !keep[i] {
			gap = true
			continue
		}
		if gap {
			sb.WriteString("@@\n")
			gap = false
		}
		fmt.Fprintf(&sb, "%c%s\n", op.Kind, op.Line)
	}
	return sb.String()
}

func main() {
	a := strings.Split("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\tfmt.Println(x)\n\ty := 2\n\t_ = y\n}", "\n")
	b := strings.Split("package main\n\nimport (\n\t\"fmt\"\n)\n\nfunc main() {\n\tx := 1\n\tfmt.Println(x)\n\ty := 2\n\t_ = y\n\treturn\n}", "\n")
	ops := Diff(a, b)
	add, del := 0, 0
	for _, o := range ops {
		switch o.Kind {
		case '+':
			add++
		case '-':
			del++
		}
	}
	fmt.Printf("+%d -%d (%d ops)\n", add, del, len(ops))
	fmt.Print(unified(ops, 1))
	fmt.Printf("%q\n", Diff([]string{"a", "b"}, nil))
	fmt.Println(Diff(nil, []string{"z"}))
}
