package main

import (
	"fmt"
	"strings"
)

type Op struct {
	Kind string
	From rune
	To   rune
}

func (o Op) String() string {
	switch o.Kind {
	case "copy":
		return string(o.From)
	case "replace":
		return fmt.Sprintf("[%c>%c]", o.From, o.To)
	case "insert":
		return fmt.Sprintf("+%c", o.To)
	case "delete":
		return fmt.Sprintf("-%c", o.From)
	}
	return "?"
}

func editDistance(a, b string) (int, []Op) {
	x, y := []rune(a), []rune(b)
	m, n := len(x), len(y)
	d := make([][]int, m+1)
	for i := range d {
		d[i] = make([]int, n+1)
		d[i][0] = i
	}
	for j := 0; j <= n; j++ {
		d[0][j] = j
	}
	for i := 1; i <= m; i++ {
		for j := 1; j <= n; j++ {
			cost := 1
			if x[i-1] == y[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
		}
	}
	var ops []Op
	i, j := m, n
	for i > 0 || j > 0 {
		switch {
		case i > 0 && j > 0 && x[i-1] == y[j-1] && d[i][j] == d[i-1][j-1]:
			ops = append(ops, Op{"copy", x[i-1], y[j-1]})
			i, j = i-1, j-1
		case i > 0 && j > 0 && d[i][j] == d[i-1][j-1]+1:
			ops = append(ops, Op{"replace", x[i-1], y[j-1]})
			i, j = i-1, j-1
		case i > 0 && d[i][j] == d[i-1][j]+1:
			ops = append(ops, Op{Kind: "delete", From: x[i-1]})
			i--
		default:
			ops = append(ops, Op{Kind: "insert", To: y[j-1]})
			j--
		}
	}
	for l, r := 0, len(ops)-1; l < r; l, r = l+1, r-1 {
		ops[l], ops[r] = ops[r], ops[l]
	}
	return d[m][n], ops
}

func main() {
	pairs := [][2]string{
		{"kitten", "sitting"},
		{"algorithm", "altruistic"},
		{"", "abc"},
		{"naïve", "native"},
		{"intention", "execution"},
	}
	for _, p := range pairs {
		dist, ops := editDistance(p[0], p[1])
		var sb strings.Builder
		counts := map[string]int{}
		for _, o := range ops {
			sb.WriteString(o.String())
			counts[o.Kind]++
		}
		fmt.Printf("%-12q -> %-12q d=%d %s %v\n", p[0], p[1], dist, sb.String(), counts)
	}
	_, ops := editDistance("ab", "ba")
	fmt.Printf("%v\n%+v\n", ops, ops[0])
}
