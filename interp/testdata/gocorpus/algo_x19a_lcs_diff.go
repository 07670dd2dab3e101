package main

import (
	"fmt"
	"strings"
)

type Op struct {
	Kind byte // ' ', '+', '-'
	Line string
}

func Diff(a, b []string) []Op {
	n, m := len(a), len(b)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = dp[i+1][j+1] + 1
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j+1])
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
		case dp[i+1][j] >= dp[i][j+1]:
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

func Unified(ops []Op, context int) string {
	var sb strings.Builder
	keep := make([]bool, len(ops))
	for i, op := range ops {
		if op.Kind != ' ' {
			for k := max(0, i-context); k <= min(len(ops)-1, i+context); k++ {
				keep[k] = true
			}
		}
	}
	skipped := false
	for i, op := range ops {
		if !keep[i] {
			if !skipped {
				sb.WriteString("@@\n")
			}
			skipped = true
			continue
		}
		skipped = false
		fmt.Fprintf(&sb, "%c%s\n", op.Kind, op.Line)
	}
	return sb.String()
}

func main() {
	a := strings.Split("package main\nimport fmt\nfunc main() {\n\tx := 1\n\ty := 2\n\tfmt.Println(x)\n}\n// end\n// really", "\n")
	b := strings.Split("package main\nimport fmt\nfunc main() {\n\tx := 10\n\ty := 2\n\tfmt.Println(x, y)\n}\n// end\n// really", "\n")
	ops := Diff(a, b)
	fmt.Print(Unified(ops, 1))
	adds, dels := 0, 0
	for _, op := range ops {
		switch op.Kind {
		case '+':
			adds++
		case '-':
			dels++
		}
	}
	fmt.Printf("%d insertions(+), %d deletions(-)\n", adds, dels)
	fmt.Print(Unified(Diff(strings.Split("a b c d e f g", " "), strings.Split("a c d x f g h", " ")), 0))
	fmt.Println(len(Diff(nil, []string{"only"})), Diff([]string{"same"}, []string{"same"}))
}
