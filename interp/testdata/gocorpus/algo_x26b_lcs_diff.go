package main

import (
	"fmt"
	"strings"
)

type Op struct {
	Kind byte
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

func LCSString(a, b string) string {
	ra, rb := []rune(a), []rune(b)
	best, end := 0, 0
	prev := make([]int, len(rb)+1)
	for i := 1; i <= len(ra); i++ {
		cur := make([]int, len(rb)+1)
		for j := 1; j <= len(rb); j++ {
			if ra[i-1] == rb[j-1] {
				cur[j] = prev[j-1] + 1
				if cur[j] > best {
					best, end = cur[j], i
				}
			}
		}
		prev = cur
	}
	return string(ra[end-best : end])
}

func main() {
	old := strings.Split("package main\nimport \"fmt\"\nfunc main() {\n\tfmt.Println(1)\n}", "\n")
	neu := strings.Split("package main\nimport (\n\t\"fmt\"\n)\nfunc main() {\n\tfmt.Println(2)\n\tfmt.Println(3)\n}", "\n")
	adds, dels := 0, 0
	for _, op := range Diff(old, neu) {
		fmt.Printf("%c %s\n", op.Kind, op.Line)
		switch op.Kind {
		case '+':
			adds++
		case '-':
			dels++
		}
	}
	fmt.Printf("+%d -%d\n", adds, dels)
	fmt.Printf("%q\n", LCSString("interpreter", "interrupted"))
	fmt.Printf("%q\n", LCSString("日本語のテキスト", "テキストの日本"))
	fmt.Printf("%q %d\n", LCSString("abc", "xyz"), len(Diff(nil, []string{"a"})))
}
