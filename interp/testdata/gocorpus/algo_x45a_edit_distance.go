package main

import (
	"fmt"
	"strings"
)

func minOf(xs ...int) int {
	m := xs[0]
	for _, x := range xs[1:] {
		if x < m {
			m = x
		}
	}
	return m
}

func editDistance(a, b string) (int, [][]int) {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
		dp[i][0] = i
	}
	for j := 0; j <= len(b); j++ {
		dp[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			dp[i][j] = minOf(dp[i-1][j]+1, dp[i][j-1]+1, dp[i-1][j-1]+cost)
		}
	}
	return dp[len(a)][len(b)], dp
}

func printTable(a, b string, dp [][]int) {
	fmt.Print("      ")
	for j := 0; j < len(b); j++ {
		fmt.Printf("%3c", b[j])
	}
	fmt.Println()
	for i, row := range dp {
		if i == 0 {
			fmt.Print("   ")
		} else {
			fmt.Printf("%3c", a[i-1])
		}
		for _, v := range row {
			fmt.Printf("%3d", v)
		}
		fmt.Println()
	}
}

func traceback(a, b string, dp [][]int) (string, string) {
	var ra, rb []byte
	i, j := len(a), len(b)
	for i > 0 || j > 0 {
		switch {
		case i > 0 && j > 0 && dp[i][j] == dp[i-1][j-1]+boolInt(a[i-1] != b[j-1]):
			ra = append(ra, a[i-1])
			rb = append(rb, b[j-1])
			i--
			j--
		case i > 0 && dp[i][j] == dp[i-1][j]+1:
			ra = append(ra, a[i-1])
			rb = append(rb, '-')
			i--
		default:
			ra = append(ra, '-')
			rb = append(rb, b[j-1])
			j--
		}
	}
	reverse(ra)
	reverse(rb)
	return string(ra), string(rb)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func reverse(s []byte) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func main() {
	pairs := [][2]string{{"GATTACA", "GCATGCU"}, {"kitten", "sitting"}, {"ACGT", "ACGT"}, {"", "AC"}}
	for _, p := range pairs {
		d, dp := editDistance(p[0], p[1])
		fmt.Printf("%q -> %q: distance %d\n", p[0], p[1], d)
		if len(p[0]) > 0 && len(p[0]) < 8 {
			printTable(p[0], p[1], dp)
		}
		x, y := traceback(p[0], p[1], dp)
		fmt.Println(" ", x)
		var mid strings.Builder
		for k := range x {
			if x[k] == y[k] {
				mid.WriteByte('|')
			} else {
				mid.WriteByte(' ')
			}
		}
		fmt.Println(" ", mid.String())
		fmt.Println(" ", y)
	}
}
