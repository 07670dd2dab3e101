// Exercises: sliding windows - longest substring without repeats with [256]int last-seen, minimum window containing a pattern with map[byte]int
package main

import (
	"fmt"
	"strings"
)

const input = `abcabcbb
pwwkew
ADOBECODEBANC`

func longest(s string) (int, string) {
	var last [256]int
	for i := range last {
		last[i] = -1
	}
	best, bs, start := 0, 0, 0
	for i := 0; i < len(s); i++ {
		if last[s[i]] >= start {
			start = last[s[i]] + 1
		}
		last[s[i]] = i
		if i-start+1 > best {
			best, bs = i-start+1, start
		}
	}
	return best, s[bs : bs+best]
}

func minWindow(s, t string) string {
	need := map[byte]int{}
	for i := range t {
		need[t[i]]++
	}
	missing := len(t)
	l, bestL, bestR := 0, 0, len(s)+1
	for r := 0; r < len(s); r++ {
		if need[s[r]] > 0 {
			missing--
		}
		need[s[r]]--
		for missing == 0 {
			if r-l < bestR-bestL {
				bestL, bestR = l, r
			}
			need[s[l]]++
			if need[s[l]] > 0 {
				missing++
			}
			l++
		}
	}
	if bestR > len(s) {
		return ""
	}
	return s[bestL : bestR+1]
}

func main() {
	for _, line := range strings.Split(input, "\n") {
		n, sub := longest(line)
		fmt.Println(line, n, sub, minWindow(line, "ABC"))
	}
}
