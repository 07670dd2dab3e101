package main

import (
	"fmt"
	"strings"
)

type op struct {
	kind byte
	line string
}

func diff(a, b []string) []op {
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
	var ops []op
	i, j := 0, 0
	for i < n && j < m {
		switch {
		case a[i] == b[j]:
			ops = append(ops, op{' ', a[i]})
			i++
			j++
		case lcs[i+1][j] >= lcs[i][j+1]:
			ops = append(ops, op{'-', a[i]})
			i++
		default:
			ops = append(ops, op{'+', b[j]})
			j++
		}
	}
	for ; i < n; i++ {
		ops = append(ops, op{'-', a[i]})
	}
	for ; j < m; j++ {
		ops = append(ops, op{'+', b[j]})
	}
	return ops
}

const before = `Dear customer,
Your order #1234 has shipped.
It will arrive on Monday.
Thank you for shopping with us.
Regards,
The Shop`

const after = `Dear customer,
Your order #1234 has shipped!
It will arrive on Monday.
Track it online at any time.
Thank you for shopping with us.
The Shop`

func main() {
	ops := diff(strings.Split(before, "\n"), strings.Split(after, "\n"))
	stats := map[byte]int{}
	for _, o := range ops {
		fmt.Printf("%c %s\n", o.kind, o.line)
		stats[o.kind]++
	}
	fmt.Printf("%d unchanged, %d added, %d removed\n", stats[' '], stats['+'], stats['-'])
	fmt.Println(stats)
	w := diff(strings.Fields("the quick brown fox"), strings.Fields("the slow brown dog"))
	var sb strings.Builder
	for _, o := range w {
		switch o.kind {
		case '+':
			fmt.Fprintf(&sb, "{+%s+} ", o.line)
		case '-':
			fmt.Fprintf(&sb, "[-%s-] ", o.line)
		default:
			sb.WriteString(o.line + " ")
		}
	}
	fmt.Println(strings.TrimSpace(sb.String()))
	fmt.Printf("%v\n", w[0])
	fmt.Printf("%+v\n", w[1])
}
