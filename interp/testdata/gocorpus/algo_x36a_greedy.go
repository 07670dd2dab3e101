package main

import (
	"fmt"
	"sort"
	"strings"
)

func canJump(nums []int) bool {
	reach := 0
	for i, n := range nums {
		if i > reach {
			return false
		}
		reach = max(reach, i+n)
	}
	return true
}

func canCompleteCircuit(gas, cost []int) int {
	total, tank, start := 0, 0, 0
	for i := range gas {
		d := gas[i] - cost[i]
		total += d
		tank += d
		if tank < 0 {
			start, tank = i+1, 0
		}
	}
	if total < 0 {
		return -1
	}
	return start
}

func leastInterval(tasks []byte, n int) int {
	var cnt [26]int
	for _, t := range tasks {
		cnt[t-'A']++
	}
	maxC, numMax := 0, 0
	for _, c := range cnt {
		if c > maxC {
			maxC, numMax = c, 1
		} else if c == maxC {
			numMax++
		}
	}
	return max(len(tasks), (maxC-1)*(n+1)+numMax)
}

func findContentChildren(greed, cookies []int) int {
	sort.Ints(greed)
	sort.Ints(cookies)
	i := 0
	for _, c := range cookies {
		if i < len(greed) && c >= greed[i] {
			i++
		}
	}
	return i
}

func partitionLabels(s string) []int {
	last := map[rune]int{}
	for i, c := range s {
		last[c] = i
	}
	var res []int
	start, end := 0, 0
	for i, c := range s {
		end = max(end, last[c])
		if i == end {
			res = append(res, end-start+1)
			start = i + 1
		}
	}
	return res
}

func reorganizeString(s string) string {
	cnt := map[byte]int{}
	for i := range s {
		cnt[s[i]]++
	}
	keys := make([]byte, 0, len(cnt))
	for k := range cnt {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if cnt[keys[i]] != cnt[keys[j]] {
			return cnt[keys[i]] > cnt[keys[j]]
		}
		return keys[i] < keys[j]
	})
	if cnt[keys[0]] > (len(s)+1)/2 {
		return ""
	}
	out := make([]byte, len(s))
	i := 0
	for _, k := range keys {
		for range cnt[k] {
			out[i] = k
			i += 2
			if i >= len(s) {
				i = 1
			}
		}
	}
	return string(out)
}

func main() {
	fmt.Println(canJump([]int{2, 3, 1, 1, 4}), canJump([]int{3, 2, 1, 0, 4}))
	fmt.Println(canCompleteCircuit([]int{1, 2, 3, 4, 5}, []int{3, 4, 5, 1, 2}), canCompleteCircuit([]int{2, 3, 4}, []int{3, 4, 3}))
	fmt.Println(leastInterval([]byte("AAABBB"), 2), leastInterval([]byte("ACABDB"), 1), leastInterval([]byte("AAAAAABCDEFG"), 2))
	fmt.Println(findContentChildren([]int{1, 2, 3}, []int{1, 1}), findContentChildren([]int{1, 2}, []int{1, 2, 3}))
	fmt.Println(partitionLabels("ababcbacadefegdehijhklij"), partitionLabels("eccbbbbdec"))
	for _, s := range []string{"aab", "aaab", "vvvlo", strings.Repeat("ab", 3) + "ccc"} {
		fmt.Printf("%q -> %q\n", s, reorganizeString(s))
	}
}
