package main

import (
	"fmt"
	"strings"
)

type op struct {
	kind string
	a, b byte
}

func editDistance(a, b string) (int, []op) {
	m, n := len(a), len(b)
	dp := make([][]int, m+1)
	for i := range dp {
		dp[i] = make([]int, n+1)
		dp[i][0] = i
	}
	for j := 0; j <= n; j++ {
		dp[0][j] = j
	}
	for i := 1; i <= m; i++ {
		for j := 1; j <= n; j++ {
			if a[i-1] == b[j-1] {
				dp[i][j] = dp[i-1][j-1]
				continue
			}
			dp[i][j] = 1 + min(dp[i-1][j-1], dp[i-1][j], dp[i][j-1])
		}
	}
	// walk back to recover operations
	var ops []op
	i, j := m, n
	for i > 0 || j > 0 {
		switch {
		case i > 0 && j > 0 && a[i-1] == b[j-1]:
			i, j = i-1, j-1
		case i > 0 && j > 0 && dp[i][j] == dp[i-1][j-1]+1:
			ops = append(ops, op{"replace", a[i-1], b[j-1]})
			i, j = i-1, j-1
		case i > 0 && dp[i][j] == dp[i-1][j]+1:
			ops = append(ops, op{"delete", a[i-1], 0})
			i--
		default:
			ops = append(ops, op{"insert", 0, b[j-1]})
			j--
		}
	}
	for l, r := 0, len(ops)-1; l < r; l, r = l+1, r-1 {
		ops[l], ops[r] = ops[r], ops[l]
	}
	return dp[m][n], ops
}

func lcs(a, b string) string {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = 1 + dp[i+1][j+1]
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j+1])
			}
		}
	}
	var sb strings.Builder
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i] == b[j] {
			sb.WriteByte(a[i])
			i++
			j++
		} else if dp[i+1][j] >= dp[i][j+1] {
			i++
		} else {
			j++
		}
	}
	return sb.String()
}

func (o op) String() string {
	switch o.kind {
	case "replace":
		return fmt.Sprintf("%s %c->%c", o.kind, o.a, o.b)
	case "delete":
		return fmt.Sprintf("%s %c", o.kind, o.a)
	}
	return fmt.Sprintf("%s %c", o.kind, o.b)
}

func main() {
	pairs := [][2]string{{"horse", "ros"}, {"intention", "execution"}, {"", "abc"}, {"same", "same"}}
	for _, p := range pairs {
		d, ops := editDistance(p[0], p[1])
		fmt.Printf("%q -> %q: %d %v\n", p[0], p[1], d, ops)
	}
	fmt.Printf("lcs=%q\n", lcs("abcde", "ace"))
	fmt.Printf("lcs=%q\n", lcs("AGGTAB", "GXTXAYB"))
	fmt.Printf("%+v\n", op{"insert", 'x', 'y'})
}
