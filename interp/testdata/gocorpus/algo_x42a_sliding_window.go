package main

import (
	"fmt"
	"strings"
)

const input = `mjqjpqmgbljsphdztnvjfqwrcgsmlb
bvwbjplbgvbhsrlpgdmjqwftvncz
abcabcbb
pwwkew
bbbbb`

func firstMarker(s string, k int) int {
	var cnt [26]int
	dup := 0
	for i := 0; i < len(s); i++ {
		c := s[i] - 'a'
		cnt[c]++
		if cnt[c] == 2 {
			dup++
		}
		if i >= k {
			o := s[i-k] - 'a'
			if cnt[o] == 2 {
				dup--
			}
			cnt[o]--
		}
		if i >= k-1 && dup == 0 {
			return i + 1
		}
	}
	return -1
}

func longestUnique(s string) (int, string) {
	last := map[rune]int{}
	best, bestStart, start := 0, 0, 0
	for i, r := range s {
		if j, ok := last[r]; ok && j >= start {
			start = j + 1
		}
		last[r] = i
		if i-start+1 > best {
			best, bestStart = i-start+1, start
		}
	}
	return best, s[bestStart : bestStart+best]
}

func maxWindow(a []int, k int) []int {
	var dq, out []int
	for i, v := range a {
		for len(dq) > 0 && a[dq[len(dq)-1]] <= v {
			dq = dq[:len(dq)-1]
		}
		dq = append(dq, i)
		if dq[0] <= i-k {
			dq = dq[1:]
		}
		if i >= k-1 {
			out = append(out, a[dq[0]])
		}
	}
	return out
}

func main() {
	for _, line := range strings.Fields(input) {
		n, sub := longestUnique(line)
		fmt.Printf("%-32q m4=%-3d m14=%-3d longest=%d %s\n", line, firstMarker(line, 4), firstMarker(line, 14), n, sub)
	}
	fmt.Println(maxWindow([]int{1, 3, -1, -3, 5, 3, 6, 7}, 3))
}
