// Exercises: LCS and edit distance DP tables with make([][]int), builtin min of three, LCS string reconstruction into []byte
package main

import (
	"fmt"
	"strings"
)

const input = `kitten sitting
intention execution
AGGTAB GXTXAYB`

func table(n, m int) [][]int {
	t := make([][]int, n+1)
	for i := range t {
		t[i] = make([]int, m+1)
	}
	return t
}

func lcs(a, b string) string {
	t := table(len(a), len(b))
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				t[i][j] = t[i-1][j-1] + 1
			} else {
				t[i][j] = max(t[i-1][j], t[i][j-1])
			}
		}
	}
	var out []byte
	for i, j := len(a), len(b); i > 0 && j > 0; {
		if a[i-1] == b[j-1] {
			out = append([]byte{a[i-1]}, out...)
			i--
			j--
		} else if t[i-1][j] >= t[i][j-1] {
			i--
		} else {
			j--
		}
	}
	return string(out)
}

func edit(a, b string) int {
	t := table(len(a), len(b))
	for i := 0; i <= len(a); i++ {
		for j := 0; j <= len(b); j++ {
			if i == 0 || j == 0 {
				t[i][j] = i + j
				continue
			}
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			t[i][j] = min(t[i-1][j]+1, t[i][j-1]+1, t[i-1][j-1]+cost)
		}
	}
	return t[len(a)][len(b)]
}

func main() {
	for _, line := range strings.Split(input, "\n") {
		f := strings.Fields(line)
		fmt.Printf("%s/%s lcs=%q edit=%d\n", f[0], f[1], lcs(f[0], f[1]), edit(f[0], f[1]))
	}
}
