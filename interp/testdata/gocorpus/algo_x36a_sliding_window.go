package main

import (
	"fmt"
	"strings"
)

func lengthOfLongestSubstring(s string) int {
	last := map[byte]int{}
	best, start := 0, 0
	for i := 0; i < len(s); i++ {
		if j, ok := last[s[i]]; ok && j >= start {
			start = j + 1
		}
		last[s[i]] = i
		if i-start+1 > best {
			best = i - start + 1
		}
	}
	return best
}

func minWindow(s, t string) string {
	need := [128]int{}
	for _, c := range t {
		need[c]++
	}
	missing := len(t)
	bestL, bestR := 0, -1
	l := 0
	for r := 0; r < len(s); r++ {
		if need[s[r]] > 0 {
			missing--
		}
		need[s[r]]--
		for missing == 0 {
			if bestR < 0 || r-l < bestR-bestL {
				bestL, bestR = l, r
			}
			need[s[l]]++
			if need[s[l]] > 0 {
				missing++
			}
			l++
		}
	}
	return s[bestL : bestR+1]
}

// maxSlidingWindow uses a deque of indices with decreasing values.
func maxSlidingWindow(nums []int, k int) []int {
	var dq []int
	out := make([]int, 0, len(nums)-k+1)
	for i, n := range nums {
		if len(dq) > 0 && dq[0] <= i-k {
			dq = dq[1:]
		}
		for len(dq) > 0 && nums[dq[len(dq)-1]] < n {
			dq = dq[:len(dq)-1]
		}
		dq = append(dq, i)
		if i >= k-1 {
			out = append(out, nums[dq[0]])
		}
	}
	return out
}

func findAnagrams(s, p string) []int {
	if len(p) > len(s) {
		return []int{}
	}
	var want, have [26]int
	for i := range p {
		want[p[i]-'a']++
		have[s[i]-'a']++
	}
	res := []int{}
	if want == have {
		res = append(res, 0)
	}
	for i := len(p); i < len(s); i++ {
		have[s[i]-'a']++
		have[s[i-len(p)]-'a']--
		if want == have {
			res = append(res, i-len(p)+1)
		}
	}
	return res
}

func main() {
	for _, s := range []string{"abcabcbb", "bbbbb", "pwwkew", ""} {
		fmt.Printf("%-10q -> %d\n", s, lengthOfLongestSubstring(s))
	}
	fmt.Printf("minWindow = %q\n", minWindow("ADOBECODEBANC", "ABC"))
	fmt.Printf("minWindow = %q\n", minWindow("a", "aa"))
	fmt.Println(maxSlidingWindow([]int{1, 3, -1, -3, 5, 3, 6, 7}, 3))
	fmt.Println(maxSlidingWindow([]int{9, 8, 7, 6}, 1))
	fmt.Println(findAnagrams("cbaebabacd", "abc"), findAnagrams("abab", "ab"))
	fmt.Println(strings.Repeat("-", 20))
}
