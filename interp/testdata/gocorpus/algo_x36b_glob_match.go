package main

import (
	"fmt"
	"strings"
)

// matchClass reports whether c matches the class starting at p[0] == '['.
// It returns the rest of the pattern after the closing bracket.
func matchClass(p string, c byte) (bool, string, bool) {
	i := 1
	negate := false
	if i < len(p) && (p[i] == '!' || p[i] == '^') {
		negate = true
		i++
	}
	matched := false
	first := true
	for ; i < len(p); i++ {
		if p[i] == ']' && !first {
			if negate {
				matched = !matched
			}
			return matched, p[i+1:], true
		}
		first = false
		lo := p[i]
		hi := lo
		if i+2 < len(p) && p[i+1] == '-' && p[i+2] != ']' {
			hi = p[i+2]
			i += 2
		}
		if lo <= c && c <= hi {
			matched = true
		}
	}
	return false, "", false
}

// Glob is a small recursive matcher supporting * ? [abc] [a-z] [!x] and \ escapes.
func Glob(pattern, name string) bool {
	for len(pattern) > 0 {
		switch pattern[0] {
		case '*':
			for len(pattern) > 0 && pattern[0] == '*' {
				pattern = pattern[1:]
			}
			if pattern == "" {
				return true
			}
			for i := 0; i <= len(name); i++ {
				if Glob(pattern, name[i:]) {
					return true
				}
			}
			return false
		case '?':
			if name == "" {
				return false
			}
			pattern, name = pattern[1:], name[1:]
		case '[':
			if name == "" {
				return false
			}
			ok, rest, valid := matchClass(pattern, name[0])
			if !valid || !ok {
				return false
			}
			pattern, name = rest, name[1:]
		case '\\':
			if len(pattern) < 2 || name == "" || name[0] != pattern[1] {
				return false
			}
			pattern, name = pattern[2:], name[1:]
		default:
			if name == "" || name[0] != pattern[0] {
				return false
			}
			pattern, name = pattern[1:], name[1:]
		}
	}
	return name == ""
}

// wildDP is a dynamic-programming version handling only * and ?.
func wildDP(p, s string) bool {
	dp := make([][]bool, len(p)+1)
	for i := range dp {
		dp[i] = make([]bool, len(s)+1)
	}
	dp[0][0] = true
	for i := 1; i <= len(p); i++ {
		if p[i-1] == '*' {
			dp[i][0] = dp[i-1][0]
		}
		for j := 1; j <= len(s); j++ {
			switch p[i-1] {
			case '*':
				dp[i][j] = dp[i-1][j] || dp[i][j-1]
			case '?':
				dp[i][j] = dp[i-1][j-1]
			default:
				dp[i][j] = dp[i-1][j-1] && p[i-1] == s[j-1]
			}
		}
	}
	return dp[len(p)][len(s)]
}

func main() {
	files := []string{"main.go", "main_test.go", "README.md", "a.txt", "b.TXT", "data1.csv", "data22.csv", "x*y", ""}
	patterns := []string{"*.go", "*_test.go", "?.txt", "[a-c].*", "data?.csv", "data*.csv", "[!a]*", "x\\*y", "*", "[]]", "**.md"}
	for _, p := range patterns {
		var hits []string
		for _, f := range files {
			if Glob(p, f) {
				hits = append(hits, fmt.Sprintf("%q", f))
			}
		}
		fmt.Printf("%-10s -> [%s]\n", p, strings.Join(hits, " "))
	}
	agree := 0
	total := 0
	for _, p := range []string{"*.go", "a?c*", "*x*", "??", "*a*b*c"} {
		for _, s := range []string{"abc", "a.go", "xx", "aXbYc", "abcabc", ""} {
			total++
			if Glob(p, s) == wildDP(p, s) {
				agree++
			} else {
				fmt.Println("disagree:", p, s)
			}
		}
	}
	fmt.Printf("dp agrees %d/%d\n", agree, total)
}
